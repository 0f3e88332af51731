package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = sin x; y' = cos x. */
public final class Sin extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.sin(" + x + ")",
            (x, y) -> "Math.cos(" + x + ")");

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
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }
}
