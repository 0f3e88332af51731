package org.autodiffbench.api.primitives;

/** y = cos x; y' = −sin x. */
public final class Cos extends ElementwiseUnary {

    @Override
    public String name() {
        return "cos";
    }

    @Override
    protected double apply(double x) {
        return Math.cos(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return -Math.sin(x);
    }

    @Override
    protected int derivativeCost() {
        return 2;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }
}
