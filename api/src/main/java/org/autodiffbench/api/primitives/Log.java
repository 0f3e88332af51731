package org.autodiffbench.api.primitives;

import java.util.Optional;

/** Natural logarithm, y = ln x; y' = 1/x. */
public final class Log extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.log(" + x + ")",
            (x, y) -> "1.0 / " + x);

    @Override
    public String name() {
        return "log";
    }

    @Override
    protected double apply(double x) {
        return Math.log(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 / x;
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
