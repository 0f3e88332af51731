package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.Random;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.Seeds;

/**
 * Where each parameter block of a tanh MLP with {@code depth} hidden layers of width w starts in
 * the flat point vector: W1 (w×64), b1, W2 (w×w), b2, …, W_L, b_L, then the output layer
 * (10×w) and its bias (10), matrices row-major. Hidden layers are numbered 1 to L.
 */
record MlpLayout(int width, int depth) {

    /** The longest array the JVM allocates, as in the JDK's own growable collections. */
    static final int MAX_PARAMETERS = Integer.MAX_VALUE - 8;
    /** The graph's nodes, inputs and names of one layer, generously. */
    private static final long BYTES_PER_LAYER = 4096;

    /**
     * @throws IllegalArgumentException when the parameters would not fit in one array
     */
    MlpLayout {
        long count = INPUTS * (long) width + width
                + (depth - 1L) * ((long) width * width + width)
                + OUTPUTS * (long) width + OUTPUTS;
        if (count > MAX_PARAMETERS) {
            throw new IllegalArgumentException("an MLP of width " + width + " with " + depth + " hidden layers has "
                    + count + " parameters, more than the " + MAX_PARAMETERS
                    + " a Java array can hold; lower the width or the number of layers");
        }
    }

    /**
     * The point twice (drawn, then copied by the instance) and the graph: per hidden layer a
     * handful of nodes and input records, counted at {@value #BYTES_PER_LAYER} bytes.
     */
    ModelFootprint footprint() {
        long parameters = parameterCount();
        return new ModelFootprint(parameters, 2 * ModelFootprint.doubles(parameters) + BYTES_PER_LAYER * (depth + 1L));
    }

    /** The number of inputs of hidden layer k: 64 for the first, w for the others. */
    int fanIn(int k) {
        return k == 1 ? INPUTS : width;
    }

    /** Where W_k starts. */
    int weights(int k) {
        return k == 1 ? 0 : (INPUTS + 1) * width + (k - 2) * (width * width + width);
    }

    /** Where b_k starts. */
    int bias(int k) {
        return weights(k) + width * fanIn(k);
    }

    /** Where the output weights (10×w) start: where a hidden layer L + 1 would. */
    int outputWeights() {
        return weights(depth + 1);
    }

    /** Where the output bias (10) starts. */
    int outputBias() {
        return outputWeights() + OUTPUTS * width;
    }

    /** P = 64w + w + (L − 1)(w² + w) + 10w + 10; for two layers w² + 76w + 10. */
    int parameterCount() {
        return outputBias() + OUTPUTS;
    }

    /**
     * A seeded point: each weight matrix in turn drawn uniformly from ±√(3/fan_in) (LeCun's
     * uniform initialisation: unit variance per layer, so gradients neither vanish nor explode
     * through a deep stack of tanh layers) and each bias from ±{@code biasBound}, block by block
     * in the order of the layout.
     */
    double[] initialParameters(Random random, double biasBound) {
        double[] x = new double[parameterCount()];
        for (int k = 1; k <= depth; k++) {
            Seeds.fillUniform(random, x, weights(k), bias(k), Math.sqrt(3.0 / fanIn(k)));
            Seeds.fillUniform(random, x, bias(k), bias(k) + width, biasBound);
        }
        Seeds.fillUniform(random, x, outputWeights(), outputBias(), Math.sqrt(3.0 / width));
        Seeds.fillUniform(random, x, outputBias(), parameterCount(), biasBound);
        return x;
    }
}
