package org.autodiffbench.api.primitives;

/** y = aᵇ with a variable exponent; ∂y/∂a = b·aᵇ⁻¹, ∂y/∂b = y·ln a (taken as 0 where y = 0). */
public final class Pow extends ElementwiseBinary {

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
    public Residuals residuals() {
        return Residuals.OPERANDS_AND_OUTPUT;
    }
}
