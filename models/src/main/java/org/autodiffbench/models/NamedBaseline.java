package org.autodiffbench.models;

import java.util.function.Supplier;

/**
 * A second hand-written derivative of a model, timed beside the main one under its own name:
 * for instance the same backpropagation on the scalar kernels, {@value #HAND_SCALAR}. Engines are
 * still compared with the main hand-written derivative; a named baseline is a reference line.
 *
 * @param name        how results and charts call it, e.g. {@value #HAND_SCALAR}
 * @param description what it is, in one sentence
 * @param factory     makes a fresh derivative with its own buffers
 */
public record NamedBaseline(String name, String description, Supplier<HandDerivative> factory) {

    /** The name of the hand-written derivative run on the scalar kernels. */
    public static final String HAND_SCALAR = "hand-scalar";

    /** The hand-written derivative that {@code factory} makes on the scalar kernels, named {@value #HAND_SCALAR}. */
    public static NamedBaseline handScalar(Supplier<HandDerivative> factory) {
        return new NamedBaseline(HAND_SCALAR, "the hand-written derivative on the scalar kernels (plain Java loops)",
                factory);
    }

    /** A fresh derivative with its own buffers. */
    public HandDerivative newDerivative() {
        return factory.get();
    }
}
