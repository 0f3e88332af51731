package org.autodiffbench.api.graph;

/**
 * The shape of a dense value: a scalar, a vector of {@code rows} elements, or a
 * {@code rows × cols} matrix stored row-major.
 */
public record Shape(int rank, int rows, int cols) {

    private static final Shape SCALAR = new Shape(0, 1, 1);

    public Shape {
        if (rank < 0 || rank > 2) {
            throw new IllegalArgumentException("rank must be 0, 1 or 2, was " + rank);
        }
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("dimensions must be positive, were " + rows + "×" + cols);
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("shape " + rows + "×" + cols + " has more elements than a Java array can hold");
        }
        if (rank == 0 && (rows != 1 || cols != 1) || rank == 1 && cols != 1) {
            throw new IllegalArgumentException("rank " + rank + " cannot have dimensions " + rows + "×" + cols);
        }
    }

    /** The shape of a single number. */
    public static Shape scalar() {
        return SCALAR;
    }

    /** The shape of a column vector of {@code n} elements. */
    public static Shape vector(int n) {
        return new Shape(1, n, 1);
    }

    /** The shape of a {@code rows × cols} matrix. */
    public static Shape matrix(int rows, int cols) {
        return new Shape(2, rows, cols);
    }

    /** How many doubles a value of this shape holds. */
    public int size() {
        return Math.multiplyExact(rows, cols);
    }

    public boolean isScalar() {
        return rank == 0;
    }

    public boolean isVector() {
        return rank == 1;
    }

    public boolean isMatrix() {
        return rank == 2;
    }

    @Override
    public String toString() {
        return switch (rank) {
            case 0 -> "scalar";
            case 1 -> "vector[" + rows + "]";
            default -> "matrix[" + rows + "×" + cols + "]";
        };
    }
}
