package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = eˣ; y' = y. */
public final class Exp extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.exp(" + x + ")",
            (x, y) -> y);

    @Override
    public String name() {
        return "exp";
    }

    @Override
    protected double apply(double x) {
        return Math.exp(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return y;
    }

    @Override
    protected int derivativeCost() {
        return 0;
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
