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

    /**
     * The arrays of a JVP: the point (named {@code point} in the message) and the direction v of n
     * entries, the output y and its tangent yDot of m.
     *
     * @throws IllegalArgumentException naming the first array of the wrong length
     */
    public static void requireJvp(String point, double[] x, double[] v, int n, double[] y, double[] yDot, int m) {
        require(point, x, n);
        require("v", v, n);
        require("y", y, m);
        require("yDot", yDot, m);
    }
}
