package org.autodiffbench.tck;

/**
 * The agreement metric ρ(a, b) = |a − b| / max(1, |a| + |b|) and the assertion the kit makes
 * with it. Non-finite numbers agree only with the same non-finite number: NaN with NaN, +∞
 * with +∞.
 */
public final class Rho {

    private Rho() {
    }

    /** ρ(a, b); 0 for equal non-finite numbers, +∞ when only one is finite or they differ. */
    public static double of(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b) == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.max(1.0, Math.abs(a) + Math.abs(b));
    }

    /**
     * Fails unless every entry of {@code actual} is within {@code bound} of {@code expected},
     * naming the first entry that is not.
     *
     * @param what names the array in the message, e.g. {@code "gradient of add(x, y)"}
     */
    public static void assertClose(String what, double[] actual, double[] expected, double bound) {
        if (actual.length != expected.length) {
            throw new AssertionError(what + " has " + actual.length + " entries, expected " + expected.length);
        }
        for (int i = 0; i < actual.length; i++) {
            double rho = of(actual[i], expected[i]);
            if (!(rho <= bound)) {
                throw new AssertionError(what + "[" + i + "] is " + actual[i] + " but the reference is " + expected[i]
                        + " (ρ = " + rho + " > " + bound + ")");
            }
        }
    }

    /** {@link #assertClose(String, double[], double[], double)} for one number. */
    public static void assertClose(String what, double actual, double expected, double bound) {
        assertClose(what, new double[] {actual}, new double[] {expected}, bound);
    }
}
