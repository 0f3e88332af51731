package org.autodiffbench.models;

import java.util.Random;

/**
 * Seeded randomness for the families: one seed fixes a whole model, and independent streams
 * (graph, point, data) are derived from it so that changing how one is drawn leaves the others
 * alone. {@link Random} is used because its sequence is specified, so a seed means the same
 * model on every JDK.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A generator for one purpose, e.g. {@code "point"}, derived from the model's seed. */
    public static Random random(long seed, String purpose) {
        return new Random(mix(seed ^ mix(purpose.hashCode())));
    }

    /** Fills {@code target[from, to)} with values drawn uniformly from [-bound, bound). */
    public static void fillUniform(Random random, double[] target, int from, int to, double bound) {
        for (int i = from; i < to; i++) {
            target[i] = bound * (2.0 * random.nextDouble() - 1.0);
        }
    }

    /** One value drawn uniformly from [low, high). */
    public static double between(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A new array of {@code length} values drawn uniformly from [-bound, bound). */
    public static double[] uniform(Random random, int length, double bound) {
        double[] values = new double[length];
        fillUniform(random, values, 0, length, bound);
        return values;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
