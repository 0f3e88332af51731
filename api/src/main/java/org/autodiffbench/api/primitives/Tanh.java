package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = tanh x; y' = 1 − y². */
public final class Tanh extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.tanh(" + x + ")",
            (x, y) -> "1.0 - " + y + " * " + y);

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    protected double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 - y * y;
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
