package org.autodiffbench.reference;

/**
 * The agreement metric of ADBench and GradBench, ρ(a, b) = |a − b| / max(1, |a| + |b|): an
 * absolute error near zero and a relative error for large numbers (Srajer, Habib and
 * Fitzgibbon, A benchmark of selected algorithmic differentiation tools on some problems in
 * computer vision and machine learning, Optimization Methods and Software 33 (2018);
 * GradBench, github.com/gradbench/gradbench).
 *
 * <p>What ρ means for non-finite numbers, the one meaning every user of this class shares:
 * <ul>
 *   <li>two finite numbers: the formula, a value in [0, 1];</li>
 *   <li>the same non-finite number twice (NaN and NaN, +∞ and +∞, −∞ and −∞): 0, they agree,
 *       as two engines that both say log(−1) is NaN agree;</li>
 *   <li>any other pair with a non-finite member: +∞.</li>
 * </ul>
 * ρ is never NaN, so {@code rho <= bound} and {@link Math#max} behave.
 */
public final class Rho {

    private Rho() {
    }

    /** ρ(a, b), with the meaning for non-finite numbers given above. */
    public static double of(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.compare(a, b) == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        // The formula on halves: the same value, but |a − b| and |a| + |b| cannot overflow.
        double halfA = 0.5 * a;
        double halfB = 0.5 * b;
        return Math.abs(halfA - halfB) / Math.max(0.5, Math.abs(halfA) + Math.abs(halfB));
    }

    /**
     * The largest ρ over two arrays, entry by entry; 0 for two empty arrays.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static double max(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("ρ compares arrays of one length, got " + a.length + " and "
                    + b.length + " entries");
        }
        double worst = 0.0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, of(a[i], b[i]));
        }
        return worst;
    }

    /**
     * Fails unless every entry of {@code actual} is within {@code bound} of {@code expected},
     * naming the first entry that is not.
     *
     * @param what names the array in the message, e.g. {@code "gradient of add(x, y)"}
     * @throws AssertionError when the lengths differ or an entry has ρ > bound
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
