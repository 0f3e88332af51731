package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = a/b; ∂y/∂a = 1/b, ∂y/∂b = −y/b. */
public final class Div extends ElementwiseBinary {

    private static final ElementwiseCode CODE = ElementwiseCode.binary(
            (a, b) -> a + " / " + b,
            (a, b, y) -> "1.0 / " + b,
            (a, b, y) -> "-" + y + " / " + b);

    @Override
    public String name() {
        return "div";
    }

    @Override
    protected double apply(double a, double b) {
        return a / b;
    }

    @Override
    protected double partialA(double a, double b, double y) {
        return 1.0 / b;
    }

    @Override
    protected double partialB(double a, double b, double y) {
        return -y / b;
    }

    @Override
    protected int partialCost() {
        return 1;
    }

    @Override
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS_AND_OUTPUT;
    }
}
