package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = √x; y' = 1/(2y). */
public final class Sqrt extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.sqrt(" + x + ")",
            (x, y) -> "0.5 / " + y);

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
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OUTPUT;
    }
}
