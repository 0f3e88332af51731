package org.autodiffbench.models;

/**
 * A hand-written derivative of a scalar loss: its value is the loss, and its 1 × n Jacobian is
 * its gradient as one row.
 */
public interface ScalarLossDerivative extends HandDerivative {

    /** f(x), hand-written. */
    double loss(double[] x);

    @Override
    double gradient(double[] x, double[] gradient);

    @Override
    default void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = loss(x);
    }

    @Override
    default void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("y", y, 1);
        y[0] = gradient(x, jacobian);
    }
}
