package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.kernels.DenseKernels;

/** y = Σᵢ xᵢ over every element of a vector or matrix. JVP: ẏ = Σ ẋᵢ. VJP: x̄ᵢ += ȳ. */
public final class Sum implements Primitive {

    private static final DenseKernels KERNELS = DenseKernels.chosen();

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        return Shape.scalar();
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        out[0] = KERNELS.sum(operands[0], layout.offset(0), layout.size(0));
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        tangentOut[0] = KERNELS.sum(tangents[0], layout.offset(0), layout.size(0));
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        double yBar = adjointOut[0];
        int end = layout.offset(0) + layout.size(0);
        for (int i = layout.offset(0); i < end; i++) {
            xBar[i] += yBar;
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return operands[0].size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size();
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size();
    }

    @Override
    public String toString() {
        return name();
    }
}
