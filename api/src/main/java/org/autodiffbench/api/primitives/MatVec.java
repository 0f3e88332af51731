package org.autodiffbench.api.primitives;

import java.util.Optional;
import org.autodiffbench.api.adjoint.AdjointMap;
import org.autodiffbench.api.adjoint.AdjointMatrix;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.kernels.DenseKernels;

/**
 * Matrix–vector product y = W·x, W of r × c, x of c, y of r.
 * JVP: ẏ = Ẇ·x + W·ẋ. VJP: W̄ += ȳ·xᵀ, x̄ += Wᵀ·ȳ.
 */
public final class MatVec implements Primitive {

    private static final DenseKernels KERNELS = DenseKernels.chosen();

    @Override
    public String name() {
        return "matvec";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        Shape w = operands[0];
        Shape x = operands[1];
        if (!w.isMatrix()) {
            throw new ShapeException(name(), "first operand must be a matrix, was " + w);
        }
        if (!x.isVector() || x.rows() != w.cols()) {
            throw new ShapeException(name(), "second operand must be a vector[" + w.cols() + "] to fit " + w
                    + ", was " + x);
        }
        return Shape.vector(w.rows());
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        KERNELS.matVec(operands[0], layout.offset(0), operands[1], layout.offset(1), out, out.length,
                layout.size(1));
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        double[] w = operands[0];
        double[] x = operands[1];
        int ow = layout.offset(0);
        int ox = layout.offset(1);
        int rows = out.length;
        int cols = layout.size(1);
        double[] dw = tangents[0];
        double[] dx = tangents[1];
        if (dw != null) {
            KERNELS.matVec(dw, ow, x, ox, tangentOut, rows, cols);
        }
        if (dx != null) {
            // W·ẋ as the one-row product ẋᵀ·Wᵀ, which the kernels block over four rows of W sharing ẋ's loads.
            KERNELS.matMulTransposedRight(dx, ox, w, ow, tangentOut, 0, 1, cols, rows, dw != null);
        } else if (dw == null) {
            java.util.Arrays.fill(tangentOut, 0.0);
        }
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] w = operands[0];
        double[] x = operands[1];
        int ow = layout.offset(0);
        int ox = layout.offset(1);
        int rows = out.length;
        int cols = layout.size(1);
        if (adjoints[0] != null) {
            KERNELS.addOuter(adjointOut, x, ox, adjoints[0], ow, rows, cols);
        }
        if (adjoints[1] != null) {
            KERNELS.addTransposedMatVec(w, ow, adjointOut, adjoints[1], ox, rows, cols);
        }
    }

    /**
     * Overwrites W̄ with the outer product instead of zeroing it and adding. When x̄ is wanted too,
     * both halves are the kernels' one backpropagation step, which a kernel set may run in one pass
     * over W's rows (the vector set does). x̄ is an adjoint, so it never shares an array with x.
     */
    @Override
    public void vjpAssign(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints, boolean[] assign) {
        if (adjoints[0] == null || !assign[0]) {
            Primitive.super.vjpAssign(operands, layout, out, adjointOut, adjoints, assign);
            return;
        }
        double[] w = operands[0];
        double[] x = operands[1];
        int ow = layout.offset(0);
        int ox = layout.offset(1);
        int rows = out.length;
        int cols = layout.size(1);
        double[] xBar = adjoints[1];
        if (xBar == null) {
            KERNELS.outer(adjointOut, x, ox, adjoints[0], ow, rows, cols);
            return;
        }
        if (assign[1]) {
            java.util.Arrays.fill(xBar, ox, ox + cols, 0.0);
        }
        KERNELS.outerAndAddTransposedMatVec(adjointOut, x, ox, adjoints[0], ow, w, ow, xBar, ox, rows, cols);
    }

    /**
     * Ā_x = Ā_y·W; a diagonal Ā_y makes diag(ȳ)·W, kept scaled without forming it. An active W
     * has no such rule (its adjoint matrix is m × rc).
     */
    @Override
    public Optional<AdjointMap> adjointMap(int operand, Shape[] operands, Shape out) {
        return operand == 1 ? Optional.of(AdjointMap.MULTIPLIES) : Optional.empty();
    }

    @Override
    public long matrixVjp(double[][] operands, OperandLayout layout, double[] out, AdjointMatrix adjointOut,
                          AdjointMatrix[] adjoints, double[] scratch) {
        if (adjoints[0] != null) {
            Primitive.super.matrixVjp(operands, layout, out, adjointOut, adjoints, scratch);
        }
        return adjoints[1] == null ? 0 : adjoints[1].addProduct(adjointOut, operands[0], layout.offset(0));
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
