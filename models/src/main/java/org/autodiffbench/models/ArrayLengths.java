package org.autodiffbench.models;

/** Length checks for the caller-supplied arrays of a {@link HandDerivative}. */
public final class ArrayLengths {

    private ArrayLengths() {
    }

    /**
     * @throws IllegalArgumentException when {@code array} does not have exactly {@code length} entries
     */
    public static void require(String what, double[] array, int length) {
        if (array.length != length) {
            throw new IllegalArgumentException(what + " has " + array.length + " entries; this model needs " + length);
        }
    }
}
