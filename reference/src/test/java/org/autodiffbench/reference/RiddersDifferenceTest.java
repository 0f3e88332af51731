package org.autodiffbench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ridders' extrapolated central differences against known derivatives: the answer is within its
 * own error estimate, the estimate is small where differences can be accurate and large where
 * they cannot.
 */
class RiddersDifferenceTest {

    /** The worked example of Baydin et al. (JMLR 18, 2018), f(x1, x2) = ln(x1) + x1·x2 − sin(x2), written out. */
    private static final VectorFunction WORKED_EXAMPLE =
            x -> new double[] {Math.log(x[0]) + x[0] * x[1] - Math.sin(x[1])};

    private static void assertWithinItsEstimate(RiddersDifference.Estimate estimate, double[] exact) {
        for (int i = 0; i < exact.length; i++) {
            assertThat(Math.abs(estimate.derivative()[i] - exact[i])).as("error of entry %d", i)
                    .isLessThanOrEqualTo(Math.max(estimate.error()[i], 4 * Math.ulp(exact[i])));
        }
    }

    @Test
    void givesTheWorkedExamplesDerivativesToNearlyFullPrecisionWithAFewEvaluations() {
        double[] x = {2, 5};
        RiddersDifference.Estimate estimate = RiddersDifference.directionalDerivative(WORKED_EXAMPLE, x,
                new double[] {3, -4});
        double exact = 3 * 5.5 - 4 * 1.7163378145367738;
        Rho.assertClose("∇f·(3, −4)", estimate.derivative(), new double[] {exact}, 1e-12);
        assertThat(estimate.error()[0]).isLessThan(1e-9);
        assertWithinItsEstimate(estimate, new double[] {exact});
        assertThat(estimate.evaluations()).isLessThanOrEqualTo(10);
    }

    /**
     * sin(ωx) with ω = 1000: a third derivative of up to 1e9 gives the fixed-step central difference a
     * truncation error h²ω³/6 ≈ 6e-3 at h = 6e-6 (ρ ≈ 3e-6 at x = 0.4), and the first step, 0.01, is
     * 10 radians: the step settles to a fraction of a wavelength, then extrapolation removes the error.
     */
    @Test
    void extrapolationRemovesTheTruncationErrorOfAFastOscillation() {
        double omega = 1000;
        VectorFunction f = x -> new double[] {Math.sin(omega * x[0]), x[0] * x[0]};
        double[] x = {0.4};
        double[] exact = {omega * Math.cos(omega * 0.4), 0.8};
        double plain = CentralDifference.directionalDerivative(f, x, new double[] {1})[0];
        assertThat(Rho.of(plain, exact[0])).as("the fixed step's ρ").isGreaterThan(1e-6);
        RiddersDifference.Estimate estimate = RiddersDifference.directionalDerivative(f, x, new double[] {1});
        Rho.assertClose("d/dx (sin 1000x, x²)", estimate.derivative(), exact, 1e-10);
        assertWithinItsEstimate(estimate, exact);
    }

    /**
     * x plus noise of 1e-7 that, like rounding, gives the same point the same value and any other
     * point an unrelated one (the last digits of a long, ill-conditioned computation): no step
     * gives the slope 1 to better than about 1e-5, and the estimate says so.
     */
    @Test
    void aNoisyFunctionGetsAnHonestlyLargeErrorEstimate() {
        VectorFunction noisy = x -> new double[] {x[0] + 1e-7 * noise(x)};
        RiddersDifference.Estimate estimate = RiddersDifference.directionalDerivative(noisy, new double[] {0.7},
                new double[] {1});
        assertThat(estimate.error()[0]).isGreaterThan(1e-6);
        assertWithinItsEstimate(estimate, new double[] {1.0});
    }

    /** A number in [−1, 1) that depends on every bit of x and on nothing else. */
    private static double noise(double[] x) {
        return 2 * new Random(Arrays.hashCode(x)).nextDouble() - 1;
    }

    /** √x at 1e-4: the first step, 1e-2, would leave the domain, so the step shrinks until it stays inside. */
    @Test
    void theFirstStepShrinksUntilTheFunctionIsDefinedOnBothSides() {
        VectorFunction sqrt = x -> new double[] {Math.sqrt(x[0])};
        double x = 1e-4;
        RiddersDifference.Estimate estimate = RiddersDifference.directionalDerivative(sqrt, new double[] {x},
                new double[] {1});
        assertThat(estimate.firstStep()).isLessThan(x);
        Rho.assertClose("d/dx √x at 1e-4", estimate.derivative(), new double[] {0.5 / Math.sqrt(x)}, 1e-9);
        assertWithinItsEstimate(estimate, new double[] {0.5 / Math.sqrt(x)});
    }

    @Test
    void aFunctionUndefinedAroundThePointHasNoFiniteEstimate() {
        VectorFunction log = x -> new double[] {Math.log(x[0])};
        RiddersDifference.Estimate estimate = RiddersDifference.directionalDerivative(log, new double[] {0.0},
                new double[] {1});
        assertThat(estimate.error()[0]).isInfinite();
    }

    @Test
    void theFirstStepIsAHundredthOfTheLargestMagnitudeButAtLeastAHundredth() {
        assertThat(RiddersDifference.firstStep(new double[] {0.5, -30.0})).isEqualTo(0.3);
        assertThat(RiddersDifference.firstStep(new double[] {0.1, -0.2})).isEqualTo(0.01);
    }

    @Test
    void aZeroDirectionHasZeroDerivativeAndAMismatchedOneIsRefused() {
        RiddersDifference.Estimate zero = RiddersDifference.directionalDerivative(WORKED_EXAMPLE, new double[] {2, 5},
                new double[2]);
        assertThat(zero.derivative()).containsExactly(0.0);
        assertThat(zero.error()).containsExactly(0.0);
        assertThatThrownBy(() -> RiddersDifference.directionalDerivative(WORKED_EXAMPLE, new double[] {2, 5},
                new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("direction has 3 entries but the point has 2");
    }
}
