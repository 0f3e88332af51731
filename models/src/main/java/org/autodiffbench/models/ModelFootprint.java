package org.autodiffbench.models;

/**
 * What a model at one size would take, worked out from its size and options before it is built.
 *
 * @param parameters n, the length of the point
 * @param bytes about the most heap that building it takes: its point (built, then copied), its
 *              data and its graph; an upper estimate, never less than what is measured
 */
public record ModelFootprint(long parameters, long bytes) {

    /** The bytes of a double[] of {@code length}: 8 per element and a 16-byte header. */
    public static long doubles(long length) {
        return 16 + 8 * length;
    }
}
