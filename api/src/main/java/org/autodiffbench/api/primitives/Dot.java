package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.kernels.DenseKernels;

/** y = a·b for two vectors of one length. JVP: ẏ = ȧ·b + a·ḃ. VJP: ā += ȳ·b, b̄ += ȳ·a. */
public final class Dot implements Primitive {

    private static final DenseKernels KERNELS = DenseKernels.chosen();

    @Override
    public String name() {
        return "dot";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        if (!operands[0].isVector() || !operands[0].equals(operands[1])) {
            throw new ShapeException(name(), "needs two vectors of one length, got " + operands[0]
                    + " and " + operands[1]);
        }
        return Shape.scalar();
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        out[0] = KERNELS.dot(operands[0], layout.offset(0), operands[1], layout.offset(1), layout.size(0));
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int n = layout.size(0);
        double t = 0.0;
        if (tangents[0] != null) {
            t += KERNELS.dot(tangents[0], oa, operands[1], ob, n);
        }
        if (tangents[1] != null) {
            t += KERNELS.dot(operands[0], oa, tangents[1], ob, n);
        }
        tangentOut[0] = t;
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] a = operands[0];
        double[] b = operands[1];
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int n = layout.size(0);
        double yBar = adjointOut[0];
        if (adjoints[0] != null) {
            double[] aBar = adjoints[0];
            for (int i = 0; i < n; i++) {
                aBar[oa + i] += yBar * b[ob + i];
            }
        }
        if (adjoints[1] != null) {
            double[] bBar = adjoints[1];
            for (int i = 0; i < n; i++) {
                bBar[ob + i] += yBar * a[oa + i];
            }
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return 2L * operands[0].size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return 2L * operands[0].size();
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return 2L * operands[0].size();
    }

    @Override
    public String toString() {
        return name();
    }
}
