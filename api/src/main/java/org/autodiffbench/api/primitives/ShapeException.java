package org.autodiffbench.api.primitives;

/** Operand shapes that a primitive's shape rule rejects; the message names the primitive. */
public class ShapeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ShapeException(String primitive, String problem) {
        super(primitive + ": " + problem);
    }
}
