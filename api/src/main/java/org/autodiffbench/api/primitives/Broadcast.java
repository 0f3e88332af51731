package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * Repeats a vector into a matrix, in one of two directions:
 * {@code broadcast_rows[k]} takes v of c to the k × c matrix whose every row is v,
 * Y[i, j] = v[j], so VJP: v̄[j] += Σ_i Ȳ[i, j];
 * {@code broadcast_columns[k]} takes v of r to the r × k matrix whose every column is v,
 * Y[i, j] = v[i], so VJP: v̄[i] += Σ_j Ȳ[i, j]. Both are linear: JVP: Ẏ is v̇ repeated alike.
 * (A scalar needs neither: elementwise binary primitives broadcast it already.)
 */
public final class Broadcast implements Primitive {

    /** Which way the vector is repeated. */
    public enum Direction {
        /** Every row of the result is the vector. */
        ROWS("broadcast_rows"),
        /** Every column of the result is the vector. */
        COLUMNS("broadcast_columns");

        private final String primitiveName;

        Direction(String primitiveName) {
            this.primitiveName = primitiveName;
        }
    }

    private final Direction direction;
    private final int copies;

    /** Repeats a vector {@code copies} times along {@code direction}. */
    public Broadcast(Direction direction, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException(direction.primitiveName + ": the number of copies must be positive, was "
                    + copies);
        }
        this.direction = direction;
        this.copies = copies;
    }

    /** A vector of c repeated as the {@code rows} rows of a rows × c matrix. */
    public static Broadcast rows(int rows) {
        return new Broadcast(Direction.ROWS, rows);
    }

    /** A vector of r repeated as the {@code columns} columns of an r × columns matrix. */
    public static Broadcast columns(int columns) {
        return new Broadcast(Direction.COLUMNS, columns);
    }

    public Direction direction() {
        return direction;
    }

    public int copies() {
        return copies;
    }

    @Override
    public String name() {
        return direction.primitiveName;
    }

    @Override
    public String describe() {
        return name() + "[" + copies + "]";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        Shape v = operands[0];
        if (!v.isVector()) {
            throw new ShapeException(name(), "operand must be a vector, was " + v
                    + (v.isScalar() ? " (a scalar broadcasts in elementwise operations already)" : ""));
        }
        return direction == Direction.ROWS ? Shape.matrix(copies, v.rows()) : Shape.matrix(v.rows(), copies);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        repeat(operands[0], layout.offset(0), layout.size(0), out);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        repeat(tangents[0], layout.offset(0), layout.size(0), tangentOut);
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] vBar = adjoints[0];
        if (vBar == null) {
            return;
        }
        int off = layout.offset(0);
        int n = layout.size(0);
        if (direction == Direction.ROWS) {
            for (int i = 0; i < copies; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    vBar[off + j] += adjointOut[row + j];
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                int row = i * copies;
                for (int j = 0; j < copies; j++) {
                    s += adjointOut[row + j];
                }
                vBar[off + i] += s;
            }
        }
    }

    private void repeat(double[] v, int off, int n, double[] out) {
        if (direction == Direction.ROWS) {
            for (int i = 0; i < copies; i++) {
                System.arraycopy(v, off, out, i * n, n);
            }
        } else {
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(out, i * copies, (i + 1) * copies, v[off + i]);
            }
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    /** One move per element of the result. */
    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return out.size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return out.size();
    }

    /** One addition per element of the result. */
    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return out.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Broadcast other && direction == other.direction && copies == other.copies;
    }

    @Override
    public int hashCode() {
        return 31 * direction.hashCode() + copies;
    }

    @Override
    public String toString() {
        return describe();
    }
}
