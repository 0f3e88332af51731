package org.autodiffbench.api.eval;

/**
 * Heap bytes of the arrays engines allocate, as a 64-bit HotSpot JVM lays them out with
 * compressed class pointers: a 16-byte header, then the elements, rounded up to 8 bytes.
 * Retained-bytes statistics count these footprints so that they can be checked against the
 * heap the JVM reports.
 */
public final class Footprint {

    static final long ARRAY_HEADER_BYTES = 16;

    private Footprint() {
    }

    /** The footprint of a {@code double[n]}. */
    public static long doubles(int n) {
        return ARRAY_HEADER_BYTES + 8L * n;
    }
}
