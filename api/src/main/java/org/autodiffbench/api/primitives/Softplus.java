package org.autodiffbench.api.primitives;

import java.util.Optional;

/**
 * y = ln(1 + eˣ), computed as max(x, 0) + ln(1 + e^−|x|): eˣ never overflows (softplus(800) = 800)
 * and y ≈ eˣ keeps its digits for very negative x, where 1 + eˣ would round to 1.
 * y' = σ(x) = 1/(1 + e⁻ˣ), computed as eˣ/(1 + eˣ) for x &lt; 0 so that no exponential overflows.
 */
public final class Softplus extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.max(" + x + ", 0.0) + Math.log1p(Math.exp(-Math.abs(" + x + ")))",
            (x, y) -> "(" + x + " >= 0 ? 1.0 / (1.0 + Math.exp(-" + x + ")) : Math.exp(" + x + ") / (1.0 + Math.exp(" + x + ")))");

    @Override
    public String name() {
        return "softplus";
    }

    @Override
    protected double apply(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Override
    protected double derivative(double x, double y) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** max, |x|, the exponential, log1p and the addition. */
    @Override
    protected int applyCost() {
        return 5;
    }

    @Override
    protected int derivativeCost() {
        return 3;
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
