package org.autodiffbench.api.primitives;

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
