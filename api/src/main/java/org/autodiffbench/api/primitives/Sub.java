package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = a − b; ∂y/∂a = 1, ∂y/∂b = −1. */
public final class Sub extends ElementwiseBinary {

    private static final ElementwiseCode CODE = ElementwiseCode.binary(
            (a, b) -> a + " - " + b,
            (a, b, y) -> "1.0",
            (a, b, y) -> "-1.0");

    @Override
    public String name() {
        return "sub";
    }

    @Override
    protected double apply(double a, double b) {
        return a - b;
    }

    @Override
    protected double partialA(double a, double b, double y) {
        return 1.0;
    }

    @Override
    protected double partialB(double a, double b, double y) {
        return -1.0;
    }

    @Override
    protected int partialCost() {
        return 0;
    }

    @Override
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }
}
