package org.autodiffbench.api.primitives;

import java.util.Optional;

/**
 * y = |x|; y' = sign(x), and 0 at x = 0, where |x| has no derivative: 0 is the subgradient of
 * least norm, as in JAX and PyTorch.
 */
public final class Abs extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.abs(" + x + ")",
            (x, y) -> "Math.signum(" + x + ")");

    @Override
    public String name() {
        return "abs";
    }

    @Override
    protected double apply(double x) {
        return Math.abs(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return Math.signum(x);
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
