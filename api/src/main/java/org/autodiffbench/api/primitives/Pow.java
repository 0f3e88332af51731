package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = aᵇ with a variable exponent; ∂y/∂a = b·aᵇ⁻¹, ∂y/∂b = y·ln a (taken as 0 where y = 0). */
public final class Pow extends ElementwiseBinary {

    private static final ElementwiseCode CODE = ElementwiseCode.binary(
            (a, b) -> "Math.pow(" + a + ", " + b + ")",
            (a, b, y) -> "(" + b + " == 0.0 ? 0.0 : " + b + " * Math.pow(" + a + ", " + b + " - 1.0))",
            (a, b, y) -> "(" + y + " == 0.0 ? 0.0 : " + y + " * Math.log(" + a + "))");

    @Override
    public String name() {
        return "pow";
    }

    @Override
    protected double apply(double a, double b) {
        return Math.pow(a, b);
    }

    @Override
    protected double partialA(double a, double b, double y) {
        return b == 0.0 ? 0.0 : b * Math.pow(a, b - 1.0);
    }

    @Override
    protected double partialB(double a, double b, double y) {
        return y == 0.0 ? 0.0 : y * Math.log(a);
    }

    @Override
    protected int partialCost() {
        return 3;
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
