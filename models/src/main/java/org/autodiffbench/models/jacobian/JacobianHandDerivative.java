package org.autodiffbench.models.jacobian;

import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * The value and Jacobian of y = tanh(A·sin(x)) + B·x written by hand:
 * J = diag(1 − t²)·A·diag(cos x) + B with t = tanh(A·sin(x)), so J_ij = (1 − t_i²)·A_ij·cos(x_j) + B_ij.
 * The products run on the given {@link DenseKernels}. Buffers are allocated here; calls allocate nothing. Not thread-safe: one instance per thread.
 */
final class JacobianHandDerivative implements HandDerivative {

    private final DenseKernels kernels;
    private final int n;
    private final int m;
    private final double[] a;
    private final double[] b;
    private final double[] sinX;
    private final double[] cosX;
    private final double[] t;
    private final double[] scalarValue = new double[1];

    JacobianHandDerivative(int n, int m, double[] a, double[] b, DenseKernels kernels) {
        this.kernels = kernels;
        this.n = n;
        this.m = m;
        this.a = a.clone();
        this.b = b.clone();
        this.sinX = new double[n];
        this.cosX = new double[n];
        this.t = new double[m];
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("x", x, n);
        ArrayLengths.require("y", y, m);
        for (int j = 0; j < n; j++) {
            sinX[j] = Math.sin(x[j]);
        }
        kernels.matVec(a, sinX, t, m, n);
        kernels.matVec(b, x, y, m, n);
        for (int i = 0; i < m; i++) {
            t[i] = Math.tanh(t[i]);
            y[i] += t[i];
        }
    }

    /** With a single output (option outputs=1) the gradient is the one row of the Jacobian. */
    @Override
    public double gradient(double[] x, double[] gradient) {
        if (m != 1) {
            throw new UnsupportedOperationException("this jacobian model has " + m
                    + " outputs; a gradient needs exactly one (set the option outputs=1)");
        }
        jacobian(x, scalarValue, gradient);
        return scalarValue[0];
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("jacobian", jacobian, m * n);
        value(x, y);
        for (int j = 0; j < n; j++) {
            cosX[j] = Math.cos(x[j]);
        }
        for (int i = 0; i < m; i++) {
            double slope = 1.0 - t[i] * t[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
                jacobian[row + j] = slope * a[row + j] * cosX[j] + b[row + j];
            }
        }
    }
}
