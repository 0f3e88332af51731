package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = x²; y' = 2x. */
public final class Square extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> x + " * " + x,
            (x, y) -> "2.0 * " + x);

    @Override
    public String name() {
        return "square";
    }

    @Override
    protected double apply(double x) {
        return x * x;
    }

    @Override
    protected double derivative(double x, double y) {
        return 2.0 * x;
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
