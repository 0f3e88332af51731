package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.kernels.DenseKernels;

/**
 * Matrix product C = A·B, A of r × k, B of k × c, C of r × c; both operands are matrices (a
 * vector goes through matvec). JVP: Ċ = Ȧ·B + A·Ḃ. VJP: Ā += C̄·Bᵀ, B̄ += Aᵀ·C̄.
 * Each product costs 2rkc flops.
 */
public final class MatMul implements Primitive {

    private static final DenseKernels KERNELS = DenseKernels.chosen();

    private static final boolean[] ACCUMULATE_BOTH = new boolean[2];

    @Override
    public String name() {
        return "matmul";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        Shape a = operands[0];
        Shape b = operands[1];
        if (!a.isMatrix()) {
            throw new ShapeException(name(), "first operand must be a matrix, was " + a);
        }
        if (!b.isMatrix()) {
            throw new ShapeException(name(), "second operand must be a matrix, was " + b);
        }
        if (b.rows() != a.cols()) {
            throw new ShapeException(name(), "second operand " + b + " does not fit first operand " + a
                    + " (needs " + a.cols() + " rows)");
        }
        return Shape.matrix(a.rows(), b.cols());
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        int inner = innerDimension(layout, out);
        KERNELS.matMul(operands[0], layout.offset(0), operands[1], layout.offset(1), out, 0,
                layout.size(0) / inner, inner, layout.size(1) / inner, false);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        int inner = innerDimension(layout, out);
        int rows = layout.size(0) / inner;
        int cols = layout.size(1) / inner;
        boolean written = false;
        if (tangents[0] != null) {
            KERNELS.matMul(tangents[0], layout.offset(0), operands[1], layout.offset(1), tangentOut, 0,
                    rows, inner, cols, false);
            written = true;
        }
        if (tangents[1] != null) {
            KERNELS.matMul(operands[0], layout.offset(0), tangents[1], layout.offset(1), tangentOut, 0,
                    rows, inner, cols, written);
        }
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        vjpAssign(operands, layout, out, adjointOut, adjoints, ACCUMULATE_BOTH);
    }

    /**
     * Overwrites a marked adjoint instead of zeroing it and adding. Neither product reads an
     * adjoint, and Ā is done first, so for A·A (one array for both adjoints, the first slot
     * marked as a sweep's first write marks it) B̄ adds onto the Ā just written.
     */
    @Override
    public void vjpAssign(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints, boolean[] assign) {
        int inner = innerDimension(layout, out);
        int rows = layout.size(0) / inner;
        int cols = layout.size(1) / inner;
        if (adjoints[0] != null) {
            KERNELS.matMulTransposedRight(adjointOut, 0, operands[1], layout.offset(1), adjoints[0],
                    layout.offset(0), rows, cols, inner, !assign[0]);
        }
        if (adjoints[1] != null) {
            KERNELS.matMulTransposedLeft(operands[0], layout.offset(0), adjointOut, 0, adjoints[1],
                    layout.offset(1), inner, rows, cols, !assign[1]);
        }
    }

    /** k, as kernels see sizes, not shapes: from the operand sizes rk and kc and the output's rc, k² = rk·kc / rc. */
    private static int innerDimension(OperandLayout layout, double[] out) {
        long kSquared = (long) layout.size(0) * layout.size(1) / out.length;
        return (int) Math.round(Math.sqrt((double) kSquared));
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return 2L * operands[0].size() * operands[1].cols();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return primalFlops(operands, out);
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return primalFlops(operands, out);
    }

    @Override
    public String toString() {
        return name();
    }
}
