package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = a·b; ∂y/∂a = b, ∂y/∂b = a. */
public final class Mul extends ElementwiseBinary {

    private static final ElementwiseCode CODE = ElementwiseCode.binary(
            (a, b) -> a + " * " + b,
            (a, b, y) -> b,
            (a, b, y) -> a);

    @Override
    public String name() {
        return "mul";
    }

    @Override
    protected double apply(double a, double b) {
        return a * b;
    }

    @Override
    protected double partialA(double a, double b, double y) {
        return b;
    }

    @Override
    protected double partialB(double a, double b, double y) {
        return a;
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
        return Residuals.OPERANDS;
    }
}
