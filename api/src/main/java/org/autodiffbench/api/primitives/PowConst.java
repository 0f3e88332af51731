package org.autodiffbench.api.primitives;

import java.util.Optional;

/** y = xᵖ for a constant exponent p; y' = p·xᵖ⁻¹. */
public final class PowConst extends ElementwiseUnary {

    private final double exponent;

    public PowConst(double exponent) {
        this.exponent = exponent;
    }

    public double exponent() {
        return exponent;
    }

    @Override
    public String name() {
        return "pow_const";
    }

    @Override
    public String describe() {
        return "pow_const[" + exponent + "]";
    }

    @Override
    protected double apply(double x) {
        return Math.pow(x, exponent);
    }

    @Override
    protected double derivative(double x, double y) {
        return exponent == 0.0 ? 0.0 : exponent * Math.pow(x, exponent - 1.0);
    }

    @Override
    protected int derivativeCost() {
        return 2;
    }

    /** The same formulas with the exponent and the exponent less one as exact literals. */
    @Override
    public Optional<ElementwiseCode> elementwiseCode() {
        String p = ElementwiseCode.literal(exponent);
        String pLessOne = ElementwiseCode.literal(exponent - 1.0);
        return Optional.of(ElementwiseCode.unary(
                x -> "Math.pow(" + x + ", " + p + ")",
                (x, y) -> exponent == 0.0 ? "0.0" : p + " * Math.pow(" + x + ", " + pLessOne + ")"));
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowConst other && Double.compare(exponent, other.exponent) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(exponent);
    }
}
