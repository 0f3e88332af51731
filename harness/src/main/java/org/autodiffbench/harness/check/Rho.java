package org.autodiffbench.harness.check;

/**
 * The agreement metric of ADBench and GradBench, ρ(x, y) = |x − y| / max(1, |x| + |y|): an
 * absolute error near zero and a relative error for large values.
 */
public final class Rho {

    private Rho() {
    }

    /** ρ(x, y); NaN when either number is not finite. */
    public static double of(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.NaN;
        }
        return Math.abs(x - y) / Math.max(1.0, Math.abs(x) + Math.abs(y));
    }
}
