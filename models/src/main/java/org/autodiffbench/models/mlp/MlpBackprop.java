package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.Arrays;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * Hand-written forward pass and backpropagation of the width-w MLP loss, the baseline the
 * engines are timed against. Every buffer is allocated here; {@link #value} and
 * {@link #gradient} allocate nothing. Not thread-safe: one instance per thread.
 *
 * <p>The dense loops are those of {@link DenseKernels}, which the matvec primitive also uses.
 * Those kernels take whole arrays, so each weight matrix is copied out of the flat point before
 * use and each weight gradient is copied into the flat gradient after; an engine that keeps one
 * buffer per input does the same copies.
 */
final class MlpBackprop implements HandDerivative {

    private final int w;
    private final MlpLayout layout;
    private final double[] sample;
    private final double[] target;

    private final double[] w1;
    private final double[] w2;
    private final double[] w3;
    /** The gradient of one weight matrix at a time, accumulated by outer products. */
    private final double[] weightGradient;
    private final double[] h1;
    private final double[] h2;
    /** y − t, which is also ∂loss/∂y. */
    private final double[] residual;
    private final double[] delta1;
    private final double[] delta2;

    MlpBackprop(int width, double[] sample, double[] target) {
        this.w = width;
        this.layout = new MlpLayout(width);
        this.sample = sample.clone();
        this.target = target.clone();
        this.w1 = new double[width * INPUTS];
        this.w2 = new double[width * width];
        this.w3 = new double[OUTPUTS * width];
        this.weightGradient = new double[Math.max(w1.length, w2.length)];
        this.h1 = new double[width];
        this.h2 = new double[width];
        this.residual = new double[OUTPUTS];
        this.delta1 = new double[width];
        this.delta2 = new double[width];
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = forward(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, layout.parameterCount());
        double loss = forward(x);

        // Output layer: ∂loss/∂b3 = r, ∂loss/∂W3 = r·h2ᵀ, ∂loss/∂h2 = W3ᵀ·r.
        System.arraycopy(residual, 0, gradient, layout.b3(), OUTPUTS);
        weightGradient(residual, h2, gradient, layout.w3(), OUTPUTS, w);
        Arrays.fill(delta2, 0.0);
        DenseKernels.addTransposedMatVec(w3, residual, delta2, OUTPUTS, w);

        // Second hidden layer: through tanh, δ2 = ∂loss/∂h2 ⊙ (1 − h2²).
        for (int i = 0; i < w; i++) {
            delta2[i] *= 1.0 - h2[i] * h2[i];
        }
        System.arraycopy(delta2, 0, gradient, layout.b2(), w);
        weightGradient(delta2, h1, gradient, layout.w2(), w, w);
        Arrays.fill(delta1, 0.0);
        DenseKernels.addTransposedMatVec(w2, delta2, delta1, w, w);

        // First hidden layer: δ1 = (W2ᵀ·δ2) ⊙ (1 − h1²).
        for (int i = 0; i < w; i++) {
            delta1[i] *= 1.0 - h1[i] * h1[i];
        }
        System.arraycopy(delta1, 0, gradient, layout.b1(), w);
        weightGradient(delta1, sample, gradient, layout.w1(), w, INPUTS);
        return loss;
    }

    /** The Jacobian of the scalar loss is its gradient as one row. */
    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("y", y, 1);
        y[0] = gradient(x, jacobian);
    }

    /** Computes h1, h2 and the residual y − t, and returns the loss 0.5·‖y − t‖². */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, layout.parameterCount());
        System.arraycopy(x, layout.w1(), w1, 0, w1.length);
        System.arraycopy(x, layout.w2(), w2, 0, w2.length);
        System.arraycopy(x, layout.w3(), w3, 0, w3.length);

        DenseKernels.matVec(w1, sample, h1, w, INPUTS);
        for (int i = 0; i < w; i++) {
            h1[i] = Math.tanh(h1[i] + x[layout.b1() + i]);
        }
        DenseKernels.matVec(w2, h1, h2, w, w);
        for (int i = 0; i < w; i++) {
            h2[i] = Math.tanh(h2[i] + x[layout.b2() + i]);
        }
        DenseKernels.matVec(w3, h2, residual, OUTPUTS, w);
        double sumOfSquares = 0.0;
        for (int i = 0; i < OUTPUTS; i++) {
            residual[i] += x[layout.b3() + i] - target[i];
            sumOfSquares += residual[i] * residual[i];
        }
        return 0.5 * sumOfSquares;
    }

    /** Writes δ·aᵀ, the gradient of a rows × cols weight matrix, into the flat gradient at {@code offset}. */
    private void weightGradient(double[] delta, double[] activation, double[] gradient, int offset, int rows, int cols) {
        int size = rows * cols;
        Arrays.fill(weightGradient, 0, size, 0.0);
        DenseKernels.addOuter(delta, activation, weightGradient, rows, cols);
        System.arraycopy(weightGradient, 0, gradient, offset, size);
    }
}
