package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

/** Central finite differences, and the agreement test of ADBench, for checking derivatives. */
public final class FiniteDifferences {

    /** A step that balances truncation (h²) against rounding (ε/h) for smooth functions of moderate scale. */
    public static final double STEP = 1e-5;

    private FiniteDifferences() {
    }

    /** (f(x + h·v) − f(x − h·v)) / 2h, an O(h²) approximation of J·v. */
    public static double[] directional(Function<double[], double[]> f, double[] x, double[] v) {
        double[] plus = x.clone();
        double[] minus = x.clone();
        for (int j = 0; j < x.length; j++) {
            plus[j] += STEP * v[j];
            minus[j] -= STEP * v[j];
        }
        double[] fPlus = f.apply(plus);
        double[] fMinus = f.apply(minus);
        double[] d = new double[fPlus.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (fPlus[i] - fMinus[i]) / (2 * STEP);
        }
        return d;
    }

    /** Column j of the Jacobian, ∂f/∂x_j. */
    public static double[] column(Function<double[], double[]> f, double[] x, int j) {
        double[] unit = new double[x.length];
        unit[j] = 1.0;
        return directional(f, x, unit);
    }

    /** Asserts ρ(a, b) = |a − b| / max(1, |a| + |b|) ≤ tolerance for every element. */
    public static void assertAgree(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            double rho = Math.abs(actual[i] - expected[i]) / Math.max(1.0, Math.abs(actual[i]) + Math.abs(expected[i]));
            assertThat(rho).as("element %d: %s vs %s", i, actual[i], expected[i]).isLessThanOrEqualTo(tolerance);
        }
    }

    /** Asserts the scalar agreement ρ(a, b) ≤ tolerance. */
    public static void assertAgree(double actual, double expected, double tolerance) {
        assertAgree(new double[] {actual}, new double[] {expected}, tolerance);
    }
}
