package org.autodiffbench.api.primitives;

/** y = √x; y' = 1/(2y). */
public final class Sqrt extends ElementwiseUnary {

    @Override
    public String name() {
        return "sqrt";
    }

    @Override
    protected double apply(double x) {
        return Math.sqrt(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 0.5 / y;
    }

    @Override
    protected int derivativeCost() {
        return 1;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OUTPUT;
    }
}
