package org.autodiffbench.api.adjoint;

/**
 * The adjoint of one node with respect to every output at once: an m × c matrix whose row i is
 * ∂y_i/∂v for a node v of c entries. A reverse sweep that carries these instead of vectors builds
 * a whole Jacobian in one pass. Each subclass keeps one {@link AdjointForm}; a sweep clears every
 * matrix, seeds the outputs' and lets the rules accumulate. Operations return the flops they spent.
 */
public abstract class AdjointMatrix {

    /** m: the rows, one per output scalar. */
    protected final int outputs;
    /** c: the columns, one per entry of the node. */
    protected final int columns;

    protected AdjointMatrix(int outputs, int columns) {
        this.outputs = outputs;
        this.columns = columns;
    }

    /** m, the number of output scalars. */
    public final int outputs() {
        return outputs;
    }

    /** c, the number of entries of the node. */
    public final int columns() {
        return columns;
    }

    /** The structure this matrix keeps. */
    public abstract AdjointForm form();

    /** Makes the matrix zero, ready for a new sweep. */
    public abstract void clear();

    /** Adds 1 at (row + k, k) for every column k: the seed of an output whose entries start at row {@code row}. */
    public abstract long addIdentity(int row);

    /** this += source·diag(s), s = {@code scales[from …]}; source has as many columns as this. */
    public abstract long addScaledColumns(AdjointMatrix source, double[] scales, int from);

    /** this += source·W for W of {@code source.columns() × columns()} at {@code wOffset}, row-major. */
    public abstract long addProduct(AdjointMatrix source, double[] w, int wOffset);

    /**
     * Writes the matrix into columns [column, column + c) of a row-major matrix of m rows and
     * {@code width} columns, overwriting them.
     */
    public abstract void writeInto(double[] matrix, int width, int column);

    /** The error of a rule that a matrix of this form cannot take: the sweep's plan is wrong. */
    protected final IllegalStateException refused(String operation, AdjointMatrix source) {
        return new IllegalStateException("a " + form() + " adjoint matrix cannot take " + operation + " of a "
                + source.form() + " one; the sweep planned the forms wrongly");
    }
}
