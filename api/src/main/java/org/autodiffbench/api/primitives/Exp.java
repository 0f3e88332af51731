package org.autodiffbench.api.primitives;

/** y = eˣ; y' = y. */
public final class Exp extends ElementwiseUnary {

    @Override
    public String name() {
        return "exp";
    }

    @Override
    protected double apply(double x) {
        return Math.exp(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return y;
    }

    @Override
    protected int derivativeCost() {
        return 0;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OUTPUT;
    }
}
