package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = cos x; y' = −sin x. */
public final class Cos extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.cos(" + x + ")",
            (x, y) -> "-Math.sin(" + x + ")");

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
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }
}
