package org.autodiffbench.reports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PowerLawFitTest {

    /**
     * By hand: log x = 0, 1, 2 and log y = 0, 1.1, 1.9 give Sxx = 2, Sxy = 1.9, slope 0.95,
     * intercept 1 − 0.95 = 0.05; residuals −0.05, 0.1, −0.05, SSE = 0.015 with 1 degree of
     * freedom, se(slope) = √(0.015 / 2) = 0.0866, t(0.975, 1) = 12.706, half width 1.1004.
     */
    @Test
    void matchesTheHandCalculation() {
        PowerLawFit fit = PowerLawFit.of(new double[] {1, 10, 100}, new double[] {1, Math.pow(10, 1.1),
            Math.pow(10, 1.9)}).orElseThrow();
        assertThat(fit.slope()).isCloseTo(0.95, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(0.05, within(1e-12));
        assertThat(fit.slopeHalfWidth()).isCloseTo(12.7062 * Math.sqrt(0.015 / 2), within(1e-3));
        assertThat(fit.points()).isEqualTo(3);
        assertThat(fit.predict(10)).isCloseTo(Math.pow(10, 1.0), within(1e-9));
    }

    @Test
    void anExactPowerLawIsRecoveredExactly() {
        double[] x = {8, 16, 32, 64, 128};
        double[] y = IntStream.range(0, x.length).mapToDouble(i -> 3.5 * Math.pow(x[i], 1.7)).toArray();
        PowerLawFit fit = PowerLawFit.of(x, y).orElseThrow();
        assertThat(fit.slope()).isCloseTo(1.7, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(Math.log10(3.5), within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
    }

    /** The 95% interval should hold the true exponent in about 95 of 100 noisy fits. */
    @Test
    void theConfidenceIntervalCoversTheTrueSlopeAtItsNominalRate() {
        Random random = new Random(42);
        int covered = 0;
        int trials = 400;
        double[] x = {10, 30, 100, 300, 1000, 3000};
        for (int t = 0; t < trials; t++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 2 * x[i] * x[i] * Math.exp(0.1 * random.nextGaussian());
            }
            if (PowerLawFit.of(x, y).orElseThrow().slopeIntervalContains(2)) {
                covered++;
            }
        }
        // Binomial(400, 0.95): mean 380, standard deviation 4.4.
        assertThat(covered).isBetween(365, 395);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void fewerThanTwoPointsHaveNoFit(int n) {
        double[] x = IntStream.range(0, n).mapToDouble(i -> 10.0).toArray();
        assertThat(PowerLawFit.of(x, x)).isEmpty();
    }

    @Test
    void oneDistinctXHasNoFitAndNonPositiveValuesAreIgnored() {
        assertThat(PowerLawFit.of(new double[] {5, 5, 5}, new double[] {1, 2, 3})).isEmpty();
        PowerLawFit fit = PowerLawFit.of(new double[] {1, 10, 100, 1000}, new double[] {1, 10, 0, Double.NaN})
                .orElseThrow();
        assertThat(fit.points()).isEqualTo(2);
        assertThat(fit.slope()).isCloseTo(1, within(1e-12));
        assertThat(fit.slopeHalfWidth()).isNaN();
        assertThat(fit.slopeIntervalContains(1)).isFalse();
    }
}
