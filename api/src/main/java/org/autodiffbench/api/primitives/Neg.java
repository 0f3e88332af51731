package org.autodiffbench.api.primitives;

import java.util.Optional;

/** Negation, y = −x; y' = −1. */
public final class Neg extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "-" + x,
            (x, y) -> "-1.0");

    @Override
    public String name() {
        return "neg";
    }

    @Override
    protected double apply(double x) {
        return -x;
    }

    @Override
    protected double derivative(double x, double y) {
        return -1.0;
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
        return Residuals.NONE;
    }
}
