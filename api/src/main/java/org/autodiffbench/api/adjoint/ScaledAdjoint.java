package org.autodiffbench.api.adjoint;

import java.util.Arrays;

/**
 * An adjoint matrix that is a sum of a few terms diag(r)·W·diag(s), each in rows [row, row + R) of
 * an m × c matrix with W an R × c matrix read in place: what a matrix–vector product y = W·x makes
 * of a diagonal adjoint (Ā_x = diag(ȳ)·W), what elementwise rules after it keep (they scale s),
 * and what the contributions of several products add up to. Stores R + c numbers per term instead
 * of m·c, and writes the sum in one pass, as a hand-written Jacobian does. The terms are planned:
 * each contribution of a sweep fills the next, which must have its planned R.
 */
public final class ScaledAdjoint extends AdjointMatrix {

    private final double[][] rowScales;
    private final double[][] columnScales;
    private final int[] rows;
    private final double[][] matrices;
    private final int[] matrixOffsets;
    /** The terms filled in this sweep. */
    private int terms;
    /** The terms that cover the row being written. */
    private final int[] rowTerms;

    /** An m × c matrix that will be a sum of terms, term t with a W of {@code termRows[t]} × c. */
    public ScaledAdjoint(int outputs, int columns, int... termRows) {
        super(outputs, columns);
        int count = termRows.length;
        rowScales = new double[count][];
        columnScales = new double[count][columns];
        rows = new int[count];
        matrices = new double[count][];
        matrixOffsets = new int[count];
        rowTerms = new int[count];
        for (int t = 0; t < count; t++) {
            rowScales[t] = new double[termRows[t]];
        }
    }

    int terms() {
        return terms;
    }

    int row(int term) {
        return rows[term];
    }

    int productRows(int term) {
        return rowScales[term].length;
    }

    double rowScale(int term, int k) {
        return rowScales[term][k];
    }

    double[] columnScales(int term) {
        return columnScales[term];
    }

    double[] w(int term) {
        return matrices[term];
    }

    int wOffset(int term) {
        return matrixOffsets[term];
    }

    @Override
    public AdjointForm form() {
        return AdjointForm.SCALED;
    }

    @Override
    public void clear() {
        terms = 0;
    }

    @Override
    public long addIdentity(int seedRow) {
        throw new IllegalStateException("a scaled adjoint matrix cannot take a seed; the sweep planned the forms wrongly");
    }

    /** The next planned term, if it has R rows; else the plan was wrong. */
    private int nextTerm(int productRows, String operation, AdjointMatrix source) {
        if (terms == rowScales.length || rowScales[terms].length != productRows) {
            throw refused(operation, source);
        }
        return terms++;
    }

    @Override
    public long addScaledColumns(AdjointMatrix source, double[] scales, int from) {
        if (!(source instanceof ScaledAdjoint s)) {
            throw refused("a column scaling", source);
        }
        for (int u = 0; u < s.terms; u++) {
            int t = nextTerm(s.productRows(u), "a column scaling", source);
            rows[t] = s.rows[u];
            matrices[t] = s.matrices[u];
            matrixOffsets[t] = s.matrixOffsets[u];
            System.arraycopy(s.rowScales[u], 0, rowScales[t], 0, rowScales[t].length);
            double[] sourceScales = s.columnScales[u];
            double[] target = columnScales[t];
            for (int j = 0; j < columns; j++) {
                target[j] = sourceScales[j] * scales[from + j];
            }
        }
        return (long) s.terms * columns;
    }

    @Override
    public long addProduct(AdjointMatrix source, double[] matrix, int matrixOffset) {
        if (!(source instanceof DiagonalAdjoint d)) {
            throw refused("a product", source);
        }
        int t = nextTerm(d.columns(), "a product", source);
        rows[t] = d.row();
        matrices[t] = matrix;
        matrixOffsets[t] = matrixOffset;
        System.arraycopy(d.diagonal(), 0, rowScales[t], 0, rowScales[t].length);
        Arrays.fill(columnScales[t], 1.0);
        return 0;
    }

    /**
     * Each row once, in one pass while it is in cache: its first two terms are summed in one loop
     * (as the hand-written J = diag(1 − t²)·A·diag(cos x) + B is), the others added after.
     */
    @Override
    public void writeInto(double[] matrix, int width, int column) {
        for (int i = 0; i < outputs; i++) {
            int target = i * width + column;
            int covering = 0;
            for (int t = 0; t < terms; t++) {
                int k = i - rows[t];
                if (k >= 0 && k < rowScales[t].length) {
                    rowTerms[covering++] = t;
                }
            }
            if (covering == 0) {
                Arrays.fill(matrix, target, target + columns, 0.0);
                continue;
            }
            if (covering == 1) {
                writeTerm(rowTerms[0], i, matrix, target, false);
                continue;
            }
            int a = rowTerms[0];
            int b = rowTerms[1];
            double ra = rowScales[a][i - rows[a]];
            double rb = rowScales[b][i - rows[b]];
            double[] wa = matrices[a];
            double[] wb = matrices[b];
            double[] sa = columnScales[a];
            double[] sb = columnScales[b];
            int ua = matrixOffsets[a] + (i - rows[a]) * columns;
            int ub = matrixOffsets[b] + (i - rows[b]) * columns;
            for (int j = 0; j < columns; j++) {
                matrix[target + j] = ra * wa[ua + j] * sa[j] + rb * wb[ub + j] * sb[j];
            }
            for (int c = 2; c < covering; c++) {
                writeTerm(rowTerms[c], i, matrix, target, true);
            }
        }
    }

    /** Row i of term t, written (or added) at {@code matrix[target …]}. */
    private void writeTerm(int t, int i, double[] matrix, int target, boolean add) {
        double r = rowScales[t][i - rows[t]];
        double[] w = matrices[t];
        double[] s = columnScales[t];
        int source = matrixOffsets[t] + (i - rows[t]) * columns;
        if (add) {
            for (int j = 0; j < columns; j++) {
                matrix[target + j] += r * w[source + j] * s[j];
            }
        } else {
            for (int j = 0; j < columns; j++) {
                matrix[target + j] = r * w[source + j] * s[j];
            }
        }
    }
}
