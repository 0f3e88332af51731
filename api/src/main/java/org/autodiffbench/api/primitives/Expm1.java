package org.autodiffbench.api.primitives;

import java.util.Optional;

/**
 * y = eˣ − 1, exact for small x ({@link Math#expm1}); y' = eˣ. The derivative is eˣ from x, not
 * y + 1, which would lose every digit of eˣ for x below about −37.
 */
public final class Expm1 extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.expm1(" + x + ")",
            (x, y) -> "Math.exp(" + x + ")");

    @Override
    public String name() {
        return "expm1";
    }

    @Override
    protected double apply(double x) {
        return Math.expm1(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return Math.exp(x);
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
