package org.autodiffbench.api.primitives;

import java.util.Optional;

/** Logistic function, y = 1/(1 + e⁻ˣ); y' = y(1 − y). */
public final class Sigmoid extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "1.0 / (1.0 + Math.exp(-" + x + "))",
            (x, y) -> y + " * (1.0 - " + y + ")");

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
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OUTPUT;
    }
}
