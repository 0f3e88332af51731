package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = ln(1 + x) for x > −1, exact for small x ({@link Math#log1p}); y' = 1/(1 + x). */
public final class Log1p extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.log1p(" + x + ")",
            (x, y) -> "1.0 / (1.0 + " + x + ")");

    @Override
    public String name() {
        return "log1p";
    }

    @Override
    protected double apply(double x) {
        return Math.log1p(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 / (1.0 + x);
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
