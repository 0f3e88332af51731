package org.autodiffbench.harness.check;

import java.util.Random;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;

/**
 * Checks a derivative against central finite differences of a primal, in dot-product form along
 * seeded random unit directions w: a gradient g by ⟨g, w⟩ against (f(x+hw) − f(x−hw))/2h, a
 * Jacobian J by J·w against the same difference of y, a VJP x̄ = Jᵀu by ⟨x̄, w⟩ against uᵀ of
 * it, and a JVP J·v along v itself. n directions cost 2n primal evaluations, whatever the size.
 *
 * <p>The step h = ε^(1/3)·max(1, ‖x‖∞) balances the truncation error (∝ h²) against rounding (∝ ε/h),
 * which leaves about ε^(2/3) ≈ 4e-11 relative error for a well-scaled function; {@link #TOLERANCE}
 * allows for badly scaled ones, so the exact references (hand-written, reverse) carry the strict check.
 */
public final class FiniteDifferenceCheck {

    /** The largest ρ at which a derivative still agrees with central differences. */
    public static final double TOLERANCE = 1e-6;

    private static final double CUBE_ROOT_EPSILON = Math.cbrt(Math.ulp(1.0));

    private FiniteDifferenceCheck() {
    }

    /** The largest ρ over the directions, NaN if any number is not finite, and how many directions were used. */
    record Result(double maxRho, int directions) {
    }

    /**
     * Compares what {@code call} last answered with central differences of {@code primal}.
     *
     * @return the result, or null for {@link Operator#VALUE}, which has no derivative
     */
    static Result check(OperatorCall call, PreparedDiff primal, double[] x, int directions, long seed) {
        Operator operator = call.operator();
        if (operator == Operator.VALUE) {
            return null;
        }
        double[] derivative = call.answer().derivative();
        int n = x.length;
        int m = primal.graph().outputSize();
        double h = CUBE_ROOT_EPSILON * Math.max(1.0, maxAbs(x));
        Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
        double maxRho = 0.0;
        int count = operator == Operator.JVP ? 1 : directions;
        for (int k = 0; k < count; k++) {
            double[] w = operator == Operator.JVP ? call.direction() : unitGaussian(n, random);
            double norm = Math.sqrt(dot(w, w));
            double[] unit = scale(w, 1.0 / norm);
            // dy = J·w, by central differences along the unit direction, scaled back by ‖w‖.
            double[] dy = scale(difference(primal, x, unit, h, m), norm);
            double[] engine;
            double[] reference;
            switch (operator) {
                case GRADIENT -> {
                    engine = new double[] {dot(derivative, w)};
                    reference = dy;
                }
                case JACOBIAN -> {
                    engine = matVec(derivative, m, n, w);
                    reference = dy;
                }
                case JVP -> {
                    engine = derivative;
                    reference = dy;
                }
                case VJP -> {
                    engine = new double[] {dot(derivative, w)};
                    reference = new double[] {dot(call.direction(), dy)};
                }
                default -> throw new IllegalStateException("no finite-difference check for " + operator.label());
            }
            for (int i = 0; i < engine.length; i++) {
                double rho = Rho.of(engine[i], reference[i]);
                if (Double.isNaN(rho)) {
                    return new Result(Double.NaN, count);
                }
                maxRho = Math.max(maxRho, rho);
            }
        }
        return new Result(maxRho, count);
    }

    /** (y(x + h·u) − y(x − h·u)) / 2h. */
    private static double[] difference(PreparedDiff primal, double[] x, double[] unit, double h, int m) {
        double[] plus = new double[m];
        double[] minus = new double[m];
        double[] shifted = x.clone();
        for (int j = 0; j < x.length; j++) {
            shifted[j] = x[j] + h * unit[j];
        }
        primal.value(shifted, plus);
        for (int j = 0; j < x.length; j++) {
            shifted[j] = x[j] - h * unit[j];
        }
        primal.value(shifted, minus);
        double[] d = new double[m];
        for (int i = 0; i < m; i++) {
            d[i] = (plus[i] - minus[i]) / (2 * h);
        }
        return d;
    }

    /** A direction uniformly distributed on the unit sphere. */
    private static double[] unitGaussian(int n, Random random) {
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = random.nextGaussian();
        }
        return scale(w, 1.0 / Math.sqrt(dot(w, w)));
    }

    private static double[] matVec(double[] a, int rows, int columns, double[] v) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < columns; j++) {
                s += a[i * columns + j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] scale(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
        return out;
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
