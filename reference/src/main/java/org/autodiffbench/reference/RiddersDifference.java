package org.autodiffbench.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The directional derivative J·v with its own error estimate, by Ridders' method: central
 * differences at the steps h, h/2, h/4, … extrapolated to a zero step by Richardson's rule in
 * Neville's tableau (C. J. F. Ridders, Accurate computation of F'(x) and F'(x)F''(x), Advances in
 * Engineering Software 4 (1982); Press et al., Numerical Recipes, 3rd ed., Section 5.7).
 *
 * <p>The error of an entry is the larger of its best extrapolation's distances to the two it was
 * built from. Where truncation dominates, the extrapolation cancels it and the estimate falls
 * to rounding; where rounding or an ill-conditioned function dominates, no step helps, the
 * extrapolations scatter and the estimate says so. Each output entry keeps its own best step.
 *
 * <p>The first step is chosen per direction: starting from {@link #firstStep(double[]) a
 * hundredth of the point's scale}, it is halved until f is finite on both sides (√x near 0) and
 * the quotient has settled, a halving changing it by at most ρ {@value #SETTLED} (sin 1000x
 * from 0.01 on): only then does the error shrink like h², as the extrapolation assumes. If no
 * step settles within {@value #FIRST_STEP_HALVINGS} halvings, the tableau starts where the
 * quotient changed least (on a noisy function, noise/h grows as the step shrinks). From there
 * the steps shrink until every entry is good enough (its error a ρ of {@value #GOOD_ENOUGH}),
 * has passed its best step, or {@value #STEPS} steps are taken: 2 evaluations of f per step.
 */
public final class RiddersDifference {

    private static final double FIRST_RELATIVE_STEP = 1e-2;
    /** Each step is the last one over this. */
    private static final double SHRINK = 2.0;
    /** The largest change, as a ρ, between the quotients at the first two steps of the tableau. */
    private static final double SETTLED = 1e-4;
    /** The most halvings while choosing the first step: 2⁻²⁰ ≈ 1e-6 of the scale's hundredth. */
    private static final int FIRST_STEP_HALVINGS = 20;
    /** The most steps in the tableau; the last is 2⁻⁹ of the first. */
    private static final int STEPS = 10;
    /** An entry whose error is this small, as a ρ, takes no more steps. */
    private static final double GOOD_ENOUGH = 1e-10;
    /** An entry whose newest extrapolation moved this many times its best error has passed its best step. */
    private static final double PASSED_ITS_BEST = 2.0;

    private RiddersDifference() {
    }

    /**
     * J·v with, entry by entry, an estimate of its absolute error (+∞ for an entry no step gave),
     * the first step taken along v/‖v‖₂ and how many times f was evaluated.
     */
    public record Estimate(double[] derivative, double[] error, double firstStep, int evaluations) {
    }

    /** h₀ = 10⁻²·max(1, ‖x‖∞): large enough for truncation, not rounding, to dominate the first difference. */
    public static double firstStep(double[] x) {
        double largest = 1.0;
        for (double xj : x) {
            largest = Math.max(largest, Math.abs(xj));
        }
        return FIRST_RELATIVE_STEP * largest;
    }

    /** J·v at x and its error, one entry per output of f. */
    public static Estimate directionalDerivative(VectorFunction f, double[] x, double[] v) {
        Steps steps = new Steps(f, x, v, firstStep(x));
        int first = 0;
        double leastChange = steps.change(0);
        for (int k = 1; k <= FIRST_STEP_HALVINGS && leastChange > SETTLED; k++) {
            if (steps.change(k) < leastChange) {
                leastChange = steps.change(k);
                first = k;
            }
        }
        double[] wide = steps.quotient(first);
        int m = wide.length;
        double[] best = wide.clone();
        double[] error = new double[m];
        Arrays.fill(error, Double.POSITIVE_INFINITY);
        if (!Double.isFinite(leastChange)) {
            return new Estimate(best, error, steps.step(first), steps.evaluations());
        }
        boolean[] done = new boolean[m];
        // previous[j]: the j-fold extrapolation ending at the last step; column[j]: ending at this one
        double[][] previous = {wide};
        for (int i = 1; i < STEPS; i++) {
            double[] quotient = steps.quotient(first + i);
            if (!allFinite(quotient)) {
                break;
            }
            double[][] column = new double[i + 1][];
            column[0] = quotient;
            double factor = SHRINK * SHRINK;
            for (int j = 1; j <= i; j++) {
                column[j] = new double[m];
                for (int e = 0; e < m; e++) {
                    column[j][e] = (column[j - 1][e] * factor - previous[j - 1][e]) / (factor - 1);
                    double distance = Math.max(Math.abs(column[j][e] - column[j - 1][e]),
                            Math.abs(column[j][e] - previous[j - 1][e]));
                    if (!done[e] && distance <= error[e]) {
                        error[e] = distance;
                        best[e] = column[j][e];
                    }
                }
                factor *= SHRINK * SHRINK;
            }
            for (int e = 0; e < m; e++) {
                done[e] |= Rho.of(best[e], best[e] + error[e]) <= GOOD_ENOUGH
                        || Math.abs(column[i][e] - previous[i - 1][e]) >= PASSED_ITS_BEST * error[e];
            }
            if (allTrue(done)) {
                break;
            }
            previous = column;
        }
        return new Estimate(best, error, steps.step(first), steps.evaluations());
    }

    /** The quotients at h₀, h₀/2, h₀/4, …, each computed when first asked for. */
    private static final class Steps {

        private final VectorFunction f;
        private final double[] x;
        private final double[] v;
        private final double firstStep;
        private final List<double[]> quotients = new ArrayList<>();

        Steps(VectorFunction f, double[] x, double[] v, double firstStep) {
            this.f = f;
            this.x = x;
            this.v = v;
            this.firstStep = firstStep;
        }

        double step(int k) {
            return firstStep / Math.pow(SHRINK, k);
        }

        double[] quotient(int k) {
            while (quotients.size() <= k) {
                quotients.add(CentralDifference.quotient(f, x, v, step(quotients.size())));
            }
            return quotients.get(k);
        }

        /** How much halving step k changes the quotient, as a ρ; +∞ unless both are finite. */
        double change(int k) {
            double[] wide = quotient(k);
            double[] narrow = quotient(k + 1);
            return allFinite(wide) && allFinite(narrow) ? Rho.max(wide, narrow) : Double.POSITIVE_INFINITY;
        }

        int evaluations() {
            return 2 * quotients.size();
        }
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }
}
