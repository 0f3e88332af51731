package org.autodiffbench.api.primitives;

import java.util.Optional;

/**
 * y = min(a, b); ∂y/∂a = 1 where a ≤ b, else 0, and ∂y/∂b the other way round. At a tie the
 * derivative goes to the first operand: a subgradient, exact for min(a, a) = a.
 */
public final class Minimum extends ElementwiseBinary {

    private static final ElementwiseCode CODE = ElementwiseCode.binary(
            (a, b) -> "Math.min(" + a + ", " + b + ")",
            (a, b, y) -> "(" + a + " <= " + b + " ? 1.0 : 0.0)",
            (a, b, y) -> "(" + a + " <= " + b + " ? 0.0 : 1.0)");

    @Override
    public String name() {
        return "minimum";
    }

    @Override
    protected double apply(double a, double b) {
        return Math.min(a, b);
    }

    @Override
    protected double partialA(double a, double b, double y) {
        return a <= b ? 1.0 : 0.0;
    }

    @Override
    protected double partialB(double a, double b, double y) {
        return a <= b ? 0.0 : 1.0;
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
        return Residuals.OPERANDS;
    }
}
