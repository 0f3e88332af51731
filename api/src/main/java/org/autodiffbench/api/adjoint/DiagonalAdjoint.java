package org.autodiffbench.api.adjoint;

import java.util.Arrays;

/**
 * An adjoint matrix whose only entries are d_k at (row + k, k): the seed of an output node, and
 * what an elementwise rule makes of it (Ā_x = Ā_y·diag(f'(x)) stays diagonal). Stores c numbers.
 */
public final class DiagonalAdjoint extends AdjointMatrix {

    private final int row;
    private final double[] diagonal;

    /** A diagonal from row {@code row} of an m × c matrix; {@code row + c} must not pass m. */
    public DiagonalAdjoint(int outputs, int columns, int row) {
        super(outputs, columns);
        if (row < 0 || row + columns > outputs) {
            throw new IllegalArgumentException("a diagonal of " + columns + " entries from row " + row
                    + " does not fit in " + outputs + " rows");
        }
        this.row = row;
        this.diagonal = new double[columns];
    }

    /** The row of the first entry. */
    public int row() {
        return row;
    }

    /** d_k, the entry at (row + k, k). */
    double entry(int k) {
        return diagonal[k];
    }

    double[] diagonal() {
        return diagonal;
    }

    @Override
    public AdjointForm form() {
        return AdjointForm.DIAGONAL;
    }

    @Override
    public void clear() {
        Arrays.fill(diagonal, 0.0);
    }

    @Override
    public long addIdentity(int seedRow) {
        if (seedRow != row) {
            throw new IllegalStateException("a diagonal from row " + row + " cannot take a seed from row " + seedRow);
        }
        for (int k = 0; k < columns; k++) {
            diagonal[k] += 1.0;
        }
        return columns;
    }

    @Override
    public long addScaledColumns(AdjointMatrix source, double[] scales, int from) {
        if (!(source instanceof DiagonalAdjoint d) || d.row != row) {
            throw refused("a column scaling", source);
        }
        for (int k = 0; k < columns; k++) {
            diagonal[k] += d.diagonal[k] * scales[from + k];
        }
        return 2L * columns;
    }

    @Override
    public long addProduct(AdjointMatrix source, double[] w, int wOffset) {
        throw refused("a product", source);
    }

    @Override
    public void writeInto(double[] matrix, int width, int column) {
        for (int i = 0; i < outputs; i++) {
            Arrays.fill(matrix, i * width + column, i * width + column + columns, 0.0);
        }
        for (int k = 0; k < columns; k++) {
            matrix[(row + k) * width + column + k] = diagonal[k];
        }
    }
}
