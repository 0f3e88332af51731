package org.autodiffbench.models.gradbench;

import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/** d(x²)/dx = 2x: GradBench's hello eval gives it as the function {@code double}; its tangent is 2x·v. */
final class HelloDerivative implements HandDerivative {

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("x", x, 1);
        ArrayLengths.require("y", y, 1);
        y[0] = x[0] * x[0];
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("x", x, 1);
        ArrayLengths.require("gradient", gradient, 1);
        gradient[0] = 2 * x[0];
        return x[0] * x[0];
    }

    /** ẏ = 2x·v. */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, 1, y, yDot, 1);
        y[0] = x[0] * x[0];
        yDot[0] = 2 * x[0] * v[0];
    }

    /** The Jacobian of a scalar function of one input is its derivative, a 1 × 1 matrix. */
    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("y", y, 1);
        y[0] = gradient(x, jacobian);
    }
}
