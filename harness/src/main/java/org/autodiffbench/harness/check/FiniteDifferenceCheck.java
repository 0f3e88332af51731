package org.autodiffbench.harness.check;

import java.util.Random;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.RiddersDifference;
import org.autodiffbench.reference.VectorFunction;

/**
 * Checks a derivative against central finite differences of a primal, in dot-product form along
 * seeded random unit directions w: a gradient g by ⟨g, w⟩ against the directional derivative of
 * f along w, a Jacobian J by J·w against that of y, a VJP x̄ = Jᵀu by ⟨x̄, w⟩ against uᵀ of it,
 * and a JVP J·v along v itself.
 *
 * <p>The differences are the reference toolkit's {@link RiddersDifference}: extrapolated from a
 * sequence of steps chosen per direction, each with its own error estimate, about 8 primal
 * evaluations a direction on a smooth function. The check is judged by what the differences
 * can tell: a mismatch counts only beyond {@link #SAFETY} times their estimated error, and never
 * below {@link #TOLERANCE_FLOOR}. Where the estimate alone exceeds
 * {@link #INCONCLUSIVE_ABOVE}, finite differences cannot judge the derivative at all (a function
 * whose value is mostly rounding, say): the check is inconclusive, not a disagreement. The exact
 * references (hand-written, another engine) keep the campaign's strict tolerance.
 */
public final class FiniteDifferenceCheck {

    /** The smallest tolerance: however accurate the differences, a ρ up to this one agrees. */
    public static final double TOLERANCE_FLOOR = 1e-6;
    /**
     * How many times their own error estimate a mismatch must exceed to count. The estimate is
     * the scatter of one extrapolation tableau, and on noisy functions the true error was up to
     * 25 times it (600 samples, noise 1e-10 to 1e-6); none exceeded 30 times it and the floor.
     */
    public static final double SAFETY = 30;
    /** A tolerance above this says nothing useful: the check is inconclusive. */
    public static final double INCONCLUSIVE_ABOVE = 1e-4;

    private FiniteDifferenceCheck() {
    }

    /**
     * What the differences found and how far they can be trusted.
     *
     * @param maxRho the largest ρ over the directions (+∞ if a number on either side is not finite)
     * @param accuracy the differences' largest estimated error, as a ρ (+∞ where no step gave a finite one)
     * @param directions how many directions were used
     */
    public record Result(double maxRho, double accuracy, int directions) {

        /** max({@link #TOLERANCE_FLOOR}, {@link #SAFETY} × accuracy): the ρ this check allows. */
        public double tolerance() {
            return Math.max(TOLERANCE_FLOOR, SAFETY * accuracy);
        }

        /** Can the differences judge at all: is their tolerance at most {@link #INCONCLUSIVE_ABOVE}? */
        public boolean conclusive() {
            return tolerance() <= INCONCLUSIVE_ABOVE;
        }

        /** Conclusive and within the tolerance. */
        public boolean agrees() {
            return conclusive() && maxRho <= tolerance();
        }
    }

    /**
     * Compares what {@code call} last answered with finite differences of {@code primal}.
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
        double accuracy = 0.0;
        int count = operator == Operator.JVP ? 1 : directions;
        for (int k = 0; k < count; k++) {
            double[] w = operator == Operator.JVP ? call.direction() : unitGaussian(n, random);
            RiddersDifference.Estimate dy = RiddersDifference.directionalDerivative(f, x, w);
            double[] reference = dy.derivative();
            double[] error = dy.error();
            double[] engine;
            switch (operator) {
                case GRADIENT -> engine = new double[] {dot(derivative, w)};
                case JACOBIAN -> engine = matVec(derivative, m, n, w);
                case JVP -> engine = derivative;
                case VJP -> {
                    // u·J·w from both sides: the engine's uᵀJ against w, u against the differences J·w
                    double[] u = call.direction();
                    engine = new double[] {dot(derivative, w)};
                    reference = new double[] {dot(u, dy.derivative())};
                    error = new double[] {dot(absolute(u), dy.error())};
                }
                default -> throw new IllegalStateException("no finite-difference check for " + operator.label());
            }
            for (int i = 0; i < engine.length; i++) {
                double rho = Double.isFinite(engine[i]) && Double.isFinite(reference[i])
                        ? Rho.of(engine[i], reference[i]) : Double.POSITIVE_INFINITY;
                maxRho = Math.max(maxRho, rho);
                // the ρ between the reference and a number its estimated error away
                accuracy = Math.max(accuracy, Double.isFinite(reference[i])
                        ? Rho.of(reference[i], reference[i] + error[i]) : Double.POSITIVE_INFINITY);
            }
        }
        return new Result(maxRho, accuracy, count);
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

    private static double[] absolute(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.abs(a[i]);
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
