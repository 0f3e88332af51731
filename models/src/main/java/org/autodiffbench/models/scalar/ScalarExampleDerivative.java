package org.autodiffbench.models.scalar;

import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * ∂f/∂x1 = 1/x1 + x2 and ∂f/∂x2 = x1 − cos(x2) for f(x1, x2) = ln(x1) + x1·x2 − sin(x2), and its
 * tangent along a direction.
 */
final class ScalarExampleDerivative implements HandDerivative {

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("x", x, 2);
        ArrayLengths.require("y", y, 1);
        y[0] = f(x[0], x[1]);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("x", x, 2);
        ArrayLengths.require("gradient", gradient, 2);
        double x1 = x[0];
        double x2 = x[1];
        gradient[0] = 1.0 / x1 + x2;
        gradient[1] = x1 - Math.cos(x2);
        return f(x1, x2);
    }

    /** The Jacobian of a scalar function is its gradient as one row. */
    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("y", y, 1);
        y[0] = gradient(x, jacobian);
    }

    /** ẏ = v1/x1 + x2·v1 + x1·v2 − cos(x2)·v2: Baydin et al.'s tangent trace in one expression. */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, 2, y, yDot, 1);
        double x1 = x[0];
        double x2 = x[1];
        y[0] = f(x1, x2);
        yDot[0] = v[0] / x1 + x2 * v[0] + x1 * v[1] - Math.cos(x2) * v[1];
    }

    private static double f(double x1, double x2) {
        return Math.log(x1) + x1 * x2 - Math.sin(x2);
    }
}
