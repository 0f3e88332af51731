package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = tan x; y' = 1 + y². */
public final class Tan extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.tan(" + x + ")",
            (x, y) -> "1.0 + " + y + " * " + y);

    @Override
    public String name() {
        return "tan";
    }

    @Override
    protected double apply(double x) {
        return Math.tan(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 + y * y;
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
