package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.BIAS_BOUND;
import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.ScalarKernels;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.NamedBaseline;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * The loss of a deep multilayer perceptron on one sample, one stage per hidden layer: input
 * {@value MlpWidthFamily#INPUTS}, L tanh hidden layers of width w (option {@value #WIDTH}), a
 * linear output of {@value MlpWidthFamily#OUTPUTS}, loss 0.5·‖y − t‖². The parameters W1 (w×64),
 * b1, W2 (w×w), b2, …, WL, bL, Wout (10×w), bout form the point, in that order, row-major:
 * P = 64w + w + (L − 1)(w² + w) + 10w + 10. The size is L.
 *
 * <p>Hidden layer k is stage k − 1 and the output layer and loss join the last stage, so the
 * stages form a chain: each reads only its predecessor's nodes, the inputs and the constants,
 * which are all declared before the first layer. Sample, target and parameters are drawn as for
 * {@code mlp-width}.
 */
public final class MlpDepthFamily implements ModelFamily {

    public static final String ID = "mlp-depth";
    public static final String WIDTH = "width";

    private static final int MAX_WIDTH = 4096;
    private static final SizeRange SIZES = new SizeRange(2, 1024, "hidden layers L");
    private static final List<OptionSpec> OPTIONS = List.of(new OptionSpec(WIDTH,
            "How wide is each hidden layer (1 to " + MAX_WIDTH + ")?", "64"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "loss 0.5·‖y − t‖² of a tanh MLP with 64 inputs, L hidden layers of width w and 10 outputs, "
                + "one stage per layer";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        MlpLayout layout = layout(size, options);
        Random data = Seeds.random(seed, "data");
        double[] sample = Seeds.uniform(data, INPUTS, 1.0);
        double[] target = Seeds.uniform(data, OUTPUTS, 1.0);
        double[] point = layout.initialParameters(Seeds.random(seed, "point"), BIAS_BOUND);
        return new BuiltModelInstance(ID, size, graph(layout, sample, target), point,
                () -> new MlpBackprop(layout, sample, target, DenseKernels.chosen()),
                List.of(NamedBaseline.handScalar(() -> new MlpBackprop(layout, sample, target, ScalarKernels.INSTANCE))));
    }

    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        return Optional.of(layout(size, options).footprint());
    }

    /** The checked layout of depth {@code size} at the width option: the one built and the one estimated. */
    private MlpLayout layout(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return new MlpLayout(FamilyOptions.intOption(this, options, WIDTH, 1, MAX_WIDTH), size);
    }

    private static Graph graph(MlpLayout layout, double[] sample, double[] target) {
        int w = layout.width();
        int depth = layout.depth();
        GraphBuilder b = new GraphBuilder();
        Var[] weights = new Var[depth];
        Var[] biases = new Var[depth];
        for (int k = 1; k <= depth; k++) {
            weights[k - 1] = b.matrix("W" + k, w, layout.fanIn(k));
            biases[k - 1] = b.vector("b" + k, w);
        }
        Var outputWeights = b.matrix("Wout", OUTPUTS, w);
        Var outputBias = b.vector("bout", OUTPUTS);
        Var x0 = b.data("x0", Shape.vector(INPUTS), sample);
        Var t = b.data("t", Shape.vector(OUTPUTS), target);
        Var half = b.constant(0.5);

        Var h = x0;
        for (int k = 1; k <= depth; k++) {
            if (k > 1) {
                b.nextStage();
            }
            h = b.tanh(b.add(b.matVec(weights[k - 1], h), biases[k - 1]));
        }
        Var y = b.add(b.matVec(outputWeights, h), outputBias);
        Var loss = b.mul(half, b.sum(b.square(b.sub(y, t))));
        return b.output(loss).build();
    }
}
