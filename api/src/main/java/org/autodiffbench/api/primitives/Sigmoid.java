package org.autodiffbench.api.primitives;

/** Logistic function, y = 1/(1 + e⁻ˣ); y' = y(1 − y). */
public final class Sigmoid extends ElementwiseUnary {

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    protected double apply(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    protected double derivative(double x, double y) {
        return y * (1.0 - y);
    }

    @Override
    protected int applyCost() {
        return 3;
    }

    @Override
    protected int derivativeCost() {
        return 2;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OUTPUT;
    }
}
