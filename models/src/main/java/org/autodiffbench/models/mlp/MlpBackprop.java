package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.Arrays;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * Hand-written forward pass, backpropagation and forward tangent of the MLP loss 0.5·‖y − t‖²
 * over the parameters of an {@link MlpLayout}, the baseline the engines are timed against. Every
 * buffer is allocated here; {@link #value}, {@link #gradient} and {@link #jvp} allocate nothing.
 * Not thread-safe: one instance per thread.
 *
 * <p>The dense loops and the tanh are the given {@link DenseKernels}, the set the matvec and tanh
 * primitives also use or, for the {@code hand-scalar} baseline, the scalar ones. Weights are read in
 * place from the flat point and weight gradients written in place into the flat gradient, so
 * nothing is copied.
 */
final class MlpBackprop implements ScalarLossDerivative {

    private final DenseKernels kernels;
    private final int width;
    private final int depth;
    private final MlpLayout layout;
    private final double[] sample;
    private final double[] target;

    /** The activation h_k of hidden layer k, at index k − 1. */
    private final double[][] hidden;
    /** y − t, which is also ∂loss/∂y. */
    private final double[] residual;
    /**
     * ∂loss/∂h_k on the way down, then δ_k, in the gradient; ḣ_{k−1} and ḣ_k in the JVP. Two
     * buffers, swapped from layer to layer.
     */
    private final double[] deltaUpper;
    private final double[] deltaLower;
    /** W_k·ḣ_{k−1} in the JVP. */
    private final double[] hiddenProduct;
    /** Ẇ_out·h_L and W_out·ḣ_L in the JVP. */
    private final double[] outputTangent;
    private final double[] outputProduct;

    MlpBackprop(MlpLayout layout, double[] sample, double[] target, DenseKernels kernels) {
        this.kernels = kernels;
        this.width = layout.width();
        this.depth = layout.depth();
        this.layout = layout;
        this.sample = sample.clone();
        this.target = target.clone();
        this.hidden = new double[depth][width];
        this.residual = new double[OUTPUTS];
        this.deltaUpper = new double[width];
        this.deltaLower = new double[width];
        this.hiddenProduct = new double[width];
        this.outputTangent = new double[OUTPUTS];
        this.outputProduct = new double[OUTPUTS];
    }

    @Override
    public double loss(double[] x) {
        return forward(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, layout.parameterCount());
        double loss = forward(x);

        // Output layer: ∂loss/∂b = r, ∂loss/∂W = r·h_Lᵀ, ∂loss/∂h_L = Wᵀ·r.
        System.arraycopy(residual, 0, gradient, layout.outputBias(), OUTPUTS);
        double[] delta = deltaUpper;
        double[] below = deltaLower;
        Arrays.fill(delta, 0.0);
        kernels.outerAndAddTransposedMatVec(residual, hidden[depth - 1], 0, gradient, layout.outputWeights(),
                x, layout.outputWeights(), delta, 0, OUTPUTS, width);

        for (int k = depth; k >= 1; k--) {
            // Through tanh: δ_k = ∂loss/∂h_k ⊙ (1 − h_k²), which is also ∂loss/∂b_k.
            double[] h = hidden[k - 1];
            int bias = layout.bias(k);
            for (int i = 0; i < width; i++) {
                double d = delta[i] * (1.0 - h[i] * h[i]);
                delta[i] = d;
                gradient[bias + i] = d;
            }
            if (k == 1) {
                // The sample below the first layer is data and needs no adjoint.
                kernels.outer(delta, sample, 0, gradient, layout.weights(1), width, layout.fanIn(1));
            } else {
                // ∂loss/∂W_k = δ_k·h_{k−1}ᵀ and ∂loss/∂h_{k−1} = W_kᵀ·δ_k, in one pass over W_k's rows.
                Arrays.fill(below, 0.0);
                kernels.outerAndAddTransposedMatVec(delta, hidden[k - 2], 0, gradient, layout.weights(k),
                        x, layout.weights(k), below, 0, width, width);
                double[] swap = delta;
                delta = below;
                below = swap;
            }
        }
        return loss;
    }

    /**
     * The loss and its tangent along v in one sweep, layer by layer while W_k is in cache:
     * ż_k = Ẇ_k·h_{k−1} + W_k·ḣ_{k−1} + ḃ_k (the sample h_0 is data, so ḣ_0 = 0),
     * ḣ_k = (1 − h_k²)·ż_k, then the output's tangent ẏ_out = Ẇ_out·h_L + W_out·ḣ_L + ḃ_out and the
     * loss's Σ (y − t)·ẏ_out.
     */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, layout.parameterCount(), y, yDot, 1);
        double[] layerInput = sample;
        double[] tangentBelow = deltaLower;
        double[] tangent = deltaUpper;
        for (int k = 1; k <= depth; k++) {
            double[] h = hiddenLayer(x, k, layerInput);
            kernels.matVec(v, layout.weights(k), layerInput, 0, tangent, width, layout.fanIn(k));
            int bias = layout.bias(k);
            if (k == 1) {
                for (int i = 0; i < width; i++) {
                    tangent[i] = (tangent[i] + v[bias + i]) * (1.0 - h[i] * h[i]);
                }
            } else {
                kernels.matVec(x, layout.weights(k), tangentBelow, 0, hiddenProduct, width, width);
                for (int i = 0; i < width; i++) {
                    tangent[i] = (tangent[i] + hiddenProduct[i] + v[bias + i]) * (1.0 - h[i] * h[i]);
                }
            }
            layerInput = h;
            double[] swap = tangentBelow;
            tangentBelow = tangent;
            tangent = swap;
        }
        y[0] = outputLoss(x, layerInput);
        kernels.matVec(v, layout.outputWeights(), layerInput, 0, outputTangent, OUTPUTS, width);
        kernels.matVec(x, layout.outputWeights(), tangentBelow, 0, outputProduct, OUTPUTS, width);
        int outputBias = layout.outputBias();
        double lossTangent = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            lossTangent += residual[i] * (outputTangent[i] + outputProduct[i] + v[outputBias + i]);
        }
        yDot[0] = lossTangent;
    }

    /** Computes every h_k and the residual y − t, and returns the loss 0.5·‖y − t‖². */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, layout.parameterCount());
        double[] layerInput = sample;
        for (int k = 1; k <= depth; k++) {
            layerInput = hiddenLayer(x, k, layerInput);
        }
        return outputLoss(x, layerInput);
    }

    /** h_k = tanh(W_k·h_{k−1} + b_k), into and returned as {@code hidden[k − 1]}. */
    private double[] hiddenLayer(double[] x, int k, double[] layerInput) {
        double[] h = hidden[k - 1];
        kernels.matVec(x, layout.weights(k), layerInput, 0, h, width, layout.fanIn(k));
        int bias = layout.bias(k);
        for (int i = 0; i < width; i++) {
            h[i] += x[bias + i];
        }
        kernels.tanh(h, 0, h, 0, width);
        return h;
    }

    /** Computes the residual y − t from h_L, and returns the loss 0.5·‖y − t‖². */
    private double outputLoss(double[] x, double[] hiddenLast) {
        kernels.matVec(x, layout.outputWeights(), hiddenLast, 0, residual, OUTPUTS, width);
        int outputBias = layout.outputBias();
        double sumOfSquares = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            residual[i] += x[outputBias + i] - target[i];
            sumOfSquares += residual[i] * residual[i];
        }
        return 0.5 * sumOfSquares;
    }
}
