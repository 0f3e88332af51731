package org.autodiffbench.api.primitives;

/** y = sin x; y' = cos x. */
public final class Sin extends ElementwiseUnary {

    @Override
    public String name() {
        return "sin";
    }

    @Override
    protected double apply(double x) {
        return Math.sin(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return Math.cos(x);
    }

    @Override
    protected int derivativeCost() {
        return 1;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }
}
