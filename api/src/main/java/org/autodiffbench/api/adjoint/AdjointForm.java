package org.autodiffbench.api.adjoint;

/**
 * The structure of an adjoint matrix, fixed by the graph before any call: a sweep plans each
 * node's form once and allocates what that form needs.
 */
public enum AdjointForm {

    /** Entries only at (row + k, k): the seed of an output, kept by elementwise rules. */
    DIAGONAL,
    /**
     * A sum of a few diag(r)·W·diag(c) for matrices W read in place: what a matrix–vector product
     * makes of a diagonal, and what several such products add up to.
     */
    SCALED,
    /** Every entry stored. */
    DENSE
}
