package org.autodiffbench.api.adjoint;

/**
 * How a primitive's matrix-adjoint rule makes an operand's adjoint matrix from the output's, which
 * fixes the form the operand's adjoint takes.
 */
public enum AdjointMap {

    /** Ā_x = Ā_y·diag(s): an elementwise rule, which keeps the form. */
    SCALES_COLUMNS,
    /** Ā_x = Ā_y·W: a matrix–vector product; a diagonal becomes a scaled term, anything else dense. */
    MULTIPLIES;

    /** The form of the operand's contribution for an output adjoint of form {@code out}. */
    public AdjointForm apply(AdjointForm out) {
        if (this == SCALES_COLUMNS) {
            return out;
        }
        return out == AdjointForm.DIAGONAL ? AdjointForm.SCALED : AdjointForm.DENSE;
    }
}
