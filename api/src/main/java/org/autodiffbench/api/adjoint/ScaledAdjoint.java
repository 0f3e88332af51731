package org.autodiffbench.api.adjoint;

import java.util.Arrays;

/**
 * An adjoint matrix diag(r)·W·diag(s) in rows [row, row + R) of an m × c matrix, the other rows
 * zero, with W an R × c matrix read in place: what a matrix–vector product y = W·x makes of a
 * diagonal adjoint (Ā_x = diag(r)·W), and what elementwise rules after it keep (they scale s).
 * Stores R + c numbers instead of m·c; it takes exactly one contribution per sweep.
 */
public final class ScaledAdjoint extends AdjointMatrix {

    private final int productRows;
    private final double[] rowScales;
    private final double[] columnScales;
    private int row;
    private double[] w;
    private int wOffset;
    private boolean written;

    /** An m × c matrix that will be diag(r)·W·diag(s) for a W of {@code productRows} × c. */
    public ScaledAdjoint(int outputs, int columns, int productRows) {
        super(outputs, columns);
        this.productRows = productRows;
        this.rowScales = new double[productRows];
        this.columnScales = new double[columns];
    }

    int row() {
        return row;
    }

    int productRows() {
        return productRows;
    }

    double rowScale(int k) {
        return rowScales[k];
    }

    double[] columnScales() {
        return columnScales;
    }

    double[] w() {
        return w;
    }

    int wOffset() {
        return wOffset;
    }

    @Override
    public AdjointForm form() {
        return AdjointForm.SCALED;
    }

    @Override
    public void clear() {
        written = false;
    }

    @Override
    public long addIdentity(int seedRow) {
        throw new IllegalStateException("a scaled adjoint matrix cannot take a seed; the sweep planned the forms wrongly");
    }

    @Override
    public long addScaledColumns(AdjointMatrix source, double[] scales, int from) {
        if (written || !(source instanceof ScaledAdjoint s) || s.productRows != productRows) {
            throw refused("a column scaling", source);
        }
        written = true;
        row = s.row;
        w = s.w;
        wOffset = s.wOffset;
        System.arraycopy(s.rowScales, 0, rowScales, 0, productRows);
        for (int j = 0; j < columns; j++) {
            columnScales[j] = s.columnScales[j] * scales[from + j];
        }
        return columns;
    }

    @Override
    public long addProduct(AdjointMatrix source, double[] matrix, int matrixOffset) {
        if (written || !(source instanceof DiagonalAdjoint d) || d.columns() != productRows) {
            throw refused("a product", source);
        }
        written = true;
        row = d.row();
        w = matrix;
        wOffset = matrixOffset;
        System.arraycopy(d.diagonal(), 0, rowScales, 0, productRows);
        Arrays.fill(columnScales, 1.0);
        return 0;
    }

    @Override
    public void writeInto(double[] matrix, int width, int column) {
        for (int i = 0; i < outputs; i++) {
            int target = i * width + column;
            int k = i - row;
            if (!written || k < 0 || k >= productRows) {
                Arrays.fill(matrix, target, target + columns, 0.0);
                continue;
            }
            double r = rowScales[k];
            int source = wOffset + k * columns;
            for (int j = 0; j < columns; j++) {
                matrix[target + j] = r * w[source + j] * columnScales[j];
            }
        }
    }
}
