package org.autodiffbench.api.primitives;

/** y = a·b; ∂y/∂a = b, ∂y/∂b = a. */
public final class Mul extends ElementwiseBinary {

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
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }
}
