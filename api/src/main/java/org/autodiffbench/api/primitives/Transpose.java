package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * Transpose Y = Xᵀ of an r × c operand into c × r. Kernels see sizes, not shapes, so the
 * instance carries r and c ({@code transpose[r×c]}); the builder makes one per operand shape.
 * A vector[n] is a column, n × 1, so {@code transpose[n×1]} takes it (or matrix[n×1]) to the row
 * matrix[1×n], the same numbers in the same order. JVP: Ẏ = Ẋᵀ. VJP: X̄ += Ȳᵀ.
 */
public final class Transpose implements Primitive {

    private final int rows;
    private final int cols;

    /** The transpose of an operand of {@code rows × cols}. */
    public Transpose(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("transpose: dimensions must be positive, were " + rows + "×" + cols);
        }
        this.rows = rows;
        this.cols = cols;
    }

    /** The transpose of an operand of this shape. */
    public static Transpose of(Shape operand) {
        return new Transpose(operand.rows(), operand.cols());
    }

    @Override
    public String name() {
        return "transpose";
    }

    @Override
    public String describe() {
        return "transpose[" + rows + "×" + cols + "]";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        Shape x = operands[0];
        boolean fits = x.isMatrix() || x.isVector() && cols == 1;
        if (!fits || x.rows() != rows || x.cols() != cols) {
            throw new ShapeException(name(), "operand must be matrix[" + rows + "×" + cols + "]"
                    + (cols == 1 ? " or vector[" + rows + "]" : "") + " for " + describe() + ", was " + x);
        }
        return Shape.matrix(cols, rows);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        transpose(operands[0], layout.offset(0), out);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        transpose(tangents[0], layout.offset(0), tangentOut);
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        int off = layout.offset(0);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                xBar[off + i * cols + j] += adjointOut[j * rows + i];
            }
        }
    }

    /** out = xᵀ for x of {@code rows × cols} at {@code xOff}. */
    private void transpose(double[] x, int xOff, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = x[xOff + i * cols + j];
            }
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    /** One move per element. */
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
    public boolean equals(Object o) {
        return o instanceof Transpose other && rows == other.rows && cols == other.cols;
    }

    @Override
    public int hashCode() {
        return 31 * rows + cols;
    }

    @Override
    public String toString() {
        return describe();
    }
}
