package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * Hand-written batched forward pass, backpropagation and forward tangent of the mean loss
 * (1/B)·Σ_b 0.5·‖y_b − t_b‖² of a two-layer {@link MlpLayout} over the columns of X (64×B),
 * the baseline the engines are timed against on {@code mlp-batch}. Every buffer is allocated
 * here; {@link #value}, {@link #gradient} and {@link #jvp} allocate nothing. Not thread-safe:
 * one instance per thread.
 *
 * <p>The products and the tanh are the given {@link DenseKernels}, the set the matmul and tanh
 * primitives also use or, for the {@code hand-scalar} baseline, the scalar ones: H = W·X forward, and backward
 * Ḡ_W = Δ·Xᵀ and Δ_below = Wᵀ·Δ, the primitive's VJP; its JVP Ẇ·X + W·Ẋ is two products, the
 * second added to the first. Weights are read in place from the flat point and their gradients
 * written in place into the flat gradient.
 */
final class MlpBatchBackprop implements ScalarLossDerivative {

    private final DenseKernels kernels;
    private final int width;
    private final int batch;
    private final MlpLayout layout;
    private final double[] samples;
    private final double[] targets;

    /** H1 and H2, w×B. */
    private final double[] hidden1;
    private final double[] hidden2;
    /** Y − T, then (Y − T)/B, which is ∂loss/∂Y; 10×B. */
    private final double[] residual;
    /** ∂loss/∂H, then δ, of each hidden layer in the gradient; Ḣ in the JVP; w×B. */
    private final double[] delta1;
    private final double[] delta2;
    /** Ẏ in the JVP; 10×B. */
    private final double[] outputTangent;

    MlpBatchBackprop(MlpLayout layout, int batch, double[] samples, double[] targets, DenseKernels kernels) {
        this.kernels = kernels;
        this.width = layout.width();
        this.batch = batch;
        this.layout = layout;
        this.samples = samples.clone();
        this.targets = targets.clone();
        this.hidden1 = new double[width * batch];
        this.hidden2 = new double[width * batch];
        this.residual = new double[OUTPUTS * batch];
        this.delta1 = new double[width * batch];
        this.delta2 = new double[width * batch];
        this.outputTangent = new double[OUTPUTS * batch];
    }

    @Override
    public double loss(double[] x) {
        return forward(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, layout.parameterCount());
        double loss = forward(x);
        double scale = 1.0 / batch;
        for (int k = 0; k < residual.length; k++) {
            residual[k] *= scale;
        }

        // Output layer: ∂/∂b3 = row sums of R, ∂/∂W3 = R·H2ᵀ, ∂/∂H2 = W3ᵀ·R.
        rowSums(residual, OUTPUTS, gradient, layout.outputBias());
        kernels.matMulTransposedRight(residual, 0, hidden2, 0, gradient, layout.outputWeights(),
                OUTPUTS, batch, width, false);
        kernels.matMulTransposedLeft(x, layout.outputWeights(), residual, 0, delta2, 0, width, OUTPUTS, batch, false);

        throughTanh(delta2, hidden2);
        rowSums(delta2, width, gradient, layout.bias(2));
        kernels.matMulTransposedRight(delta2, 0, hidden1, 0, gradient, layout.weights(2), width, batch, width, false);
        kernels.matMulTransposedLeft(x, layout.weights(2), delta2, 0, delta1, 0, width, width, batch, false);

        // The samples below the first layer are data and need no adjoint.
        throughTanh(delta1, hidden1);
        rowSums(delta1, width, gradient, layout.bias(1));
        kernels.matMulTransposedRight(delta1, 0, samples, 0, gradient, layout.weights(1), width, batch, INPUTS,
                false);
        return loss;
    }

    /**
     * The mean loss and its tangent along v in one sweep, layer by layer while W is in cache:
     * Ḣ1 = (1 − H1²) ⊙ (Ẇ1·X + ḃ1·1ᵀ) (the samples are data),
     * Ḣ2 = (1 − H2²) ⊙ (Ẇ2·H1 + W2·Ḣ1 + ḃ2·1ᵀ), Ẏ = Ẇ3·H2 + W3·Ḣ2 + ḃ3·1ᵀ, and the loss's tangent
     * (1/B)·Σ (Y − T) ⊙ Ẏ.
     */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, layout.parameterCount(), y, yDot, 1);
        layer(x, layout.weights(1), INPUTS, samples, layout.bias(1), hidden1);
        kernels.matMul(v, layout.weights(1), samples, 0, delta1, 0, width, INPUTS, batch, false);
        hiddenTangent(v, layout.bias(1), hidden1, delta1);

        layer(x, layout.weights(2), width, hidden1, layout.bias(2), hidden2);
        kernels.matMul(v, layout.weights(2), hidden1, 0, delta2, 0, width, width, batch, false);
        kernels.matMul(x, layout.weights(2), delta1, 0, delta2, 0, width, width, batch, true);
        hiddenTangent(v, layout.bias(2), hidden2, delta2);

        y[0] = outputLoss(x);
        kernels.matMul(v, layout.outputWeights(), hidden2, 0, outputTangent, 0, OUTPUTS, width, batch, false);
        kernels.matMul(x, layout.outputWeights(), delta2, 0, outputTangent, 0, OUTPUTS, width, batch, true);
        double lossTangent = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            double biasTangent = v[layout.outputBias() + i];
            for (int b = 0; b < batch; b++) {
                int k = i * batch + b;
                lossTangent += residual[k] * (outputTangent[k] + biasTangent);
            }
        }
        yDot[0] = lossTangent / batch;
    }

    /** Ḣ = (1 − H²) ⊙ (Ż + ḃ·1ᵀ), in place over the product tangent Ż, for ḃ at {@code bias} in v. */
    private void hiddenTangent(double[] v, int bias, double[] h, double[] tangent) {
        for (int i = 0; i < width; i++) {
            double biasTangent = v[bias + i];
            for (int b = 0; b < batch; b++) {
                int k = i * batch + b;
                tangent[k] = (tangent[k] + biasTangent) * (1.0 - h[k] * h[k]);
            }
        }
    }

    /** Computes H1, H2 and the residual Y − T, and returns the mean loss. */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, layout.parameterCount());
        layer(x, layout.weights(1), INPUTS, samples, layout.bias(1), hidden1);
        layer(x, layout.weights(2), width, hidden1, layout.bias(2), hidden2);
        return outputLoss(x);
    }

    /** Computes the residual Y − T from H2, and returns the mean loss. */
    private double outputLoss(double[] x) {
        kernels.matMul(x, layout.outputWeights(), hidden2, 0, residual, 0, OUTPUTS, width, batch, false);
        double sumOfSquares = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            double bias = x[layout.outputBias() + i];
            for (int b = 0; b < batch; b++) {
                int k = i * batch + b;
                double r = residual[k] + bias - targets[k];
                residual[k] = r;
                sumOfSquares += r * r;
            }
        }
        return 0.5 * sumOfSquares / batch;
    }

    /** H = tanh(W·input + b·1ᵀ) for W of w × fanIn at {@code weights} and b at {@code bias}. */
    private void layer(double[] x, int weights, int fanIn, double[] input, int bias, double[] h) {
        kernels.matMul(x, weights, input, 0, h, 0, width, fanIn, batch, false);
        for (int i = 0; i < width; i++) {
            double bi = x[bias + i];
            for (int b = 0; b < batch; b++) {
                h[i * batch + b] += bi;
            }
        }
        kernels.tanh(h, 0, h, 0, h.length);
    }

    /** δ = ∂loss/∂H ⊙ (1 − H²), in place. */
    private static void throughTanh(double[] delta, double[] h) {
        for (int k = 0; k < delta.length; k++) {
            delta[k] *= 1.0 - h[k] * h[k];
        }
    }

    /** The sum over the batch of each row of a rows × B matrix, written from {@code offset}: a bias gradient. */
    private void rowSums(double[] matrix, int rows, double[] target, int offset) {
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int b = 0; b < batch; b++) {
                s += matrix[i * batch + b];
            }
            target[offset + i] = s;
        }
    }
}
