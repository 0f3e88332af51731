package org.autodiffbench.harness.check;

import java.util.Random;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.reference.CentralDifference;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;

/**
 * Checks a derivative against central finite differences of a primal, in dot-product form along
 * seeded random unit directions w: a gradient g by ⟨g, w⟩ against the directional derivative of
 * f along w, a Jacobian J by J·w against that of y, a VJP x̄ = Jᵀu by ⟨x̄, w⟩ against uᵀ of it,
 * and a JVP J·v along v itself. n directions cost 2n primal evaluations, whatever the size.
 *
 * <p>The differences are the reference toolkit's {@link CentralDifference}, whose step balances
 * truncation against rounding and leaves about ε^(2/3) ≈ 4e-11 relative error for a well-scaled
 * function; {@link #TOLERANCE} allows for badly scaled ones, so the exact references
 * (hand-written, reverse) carry the strict check.
 */
public final class FiniteDifferenceCheck {

    /** The largest ρ at which a derivative still agrees with central differences. */
    public static final double TOLERANCE = 1e-6;

    private FiniteDifferenceCheck() {
    }

    /**
     * The largest ρ over the directions (+∞ if a number on either side is not finite), and how
     * many directions were used.
     */
    public record Result(double maxRho, int directions) {
    }

    /**
     * Compares what {@code call} last answered with central differences of {@code primal}.
     *
     * @return the result, or null for {@link Operator#VALUE}, which has no derivative
     */
    public static Result check(OperatorCall call, PreparedDiff primal, double[] x, int directions, long seed) {
        Operator operator = call.operator();
        if (operator == Operator.VALUE) {
            return null;
        }
        double[] derivative = call.answer().derivative();
        int n = x.length;
        int m = primal.graph().outputSize();
        VectorFunction f = point -> {
            double[] y = new double[m];
            primal.value(point, y);
            return y;
        };
        Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
        double maxRho = 0.0;
        int count = operator == Operator.JVP ? 1 : directions;
        for (int k = 0; k < count; k++) {
            double[] w = operator == Operator.JVP ? call.direction() : unitGaussian(n, random);
            double[] dy = CentralDifference.directionalDerivative(f, x, w);
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
                double rho = Double.isFinite(engine[i]) && Double.isFinite(reference[i])
                        ? Rho.of(engine[i], reference[i]) : Double.POSITIVE_INFINITY;
                maxRho = Math.max(maxRho, rho);
            }
        }
        return new Result(maxRho, count);
    }

    /** A direction uniformly distributed on the unit sphere. */
    private static double[] unitGaussian(int n, Random random) {
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = random.nextGaussian();
        }
        double norm = Math.sqrt(dot(w, w));
        for (int j = 0; j < n; j++) {
            w[j] /= norm;
        }
        return w;
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
}
