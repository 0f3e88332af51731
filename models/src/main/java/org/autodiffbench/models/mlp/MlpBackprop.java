package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.Arrays;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * Hand-written forward pass and backpropagation of the MLP loss 0.5·‖y − t‖² over the
 * parameters of an {@link MlpLayout}, the baseline the engines are timed against. Every buffer
 * is allocated here; {@link #value} and {@link #gradient} allocate nothing. Not thread-safe:
 * one instance per thread.
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
    /** ∂loss/∂h_k on the way down, then δ_k; two buffers, swapped from layer to layer. */
    private final double[] deltaUpper;
    private final double[] deltaLower;

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

    /** Computes every h_k and the residual y − t, and returns the loss 0.5·‖y − t‖². */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, layout.parameterCount());
        double[] layerInput = sample;
        for (int k = 1; k <= depth; k++) {
            double[] h = hidden[k - 1];
            kernels.matVec(x, layout.weights(k), layerInput, 0, h, width, layout.fanIn(k));
            int bias = layout.bias(k);
            for (int i = 0; i < width; i++) {
                h[i] += x[bias + i];
            }
            kernels.tanh(h, 0, h, 0, width);
            layerInput = h;
        }
        kernels.matVec(x, layout.outputWeights(), layerInput, 0, residual, OUTPUTS, width);
        int outputBias = layout.outputBias();
        double sumOfSquares = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            residual[i] += x[outputBias + i] - target[i];
            sumOfSquares += residual[i] * residual[i];
        }
        return 0.5 * sumOfSquares;
    }
}
