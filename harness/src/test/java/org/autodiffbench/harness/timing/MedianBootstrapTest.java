package org.autodiffbench.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.autodiffbench.results.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * The interval recorded around a cell's time respects what a time is: it never reaches below the
 * fastest iteration or above the slowest, however few and noisy the iterations, and it says how
 * many it rests on.
 */
class MedianBootstrapTest {

    @Test
    void threeNoisyIterationsGiveAnIntervalWithinThem() {
        List<Double> samples = List.of(5_800.0, 9_100.0, 10_000.0);

        ConfidenceInterval interval = MedianBootstrap.of(samples);

        assertThat(interval.lowNs()).isGreaterThanOrEqualTo(5_800.0).isPositive();
        assertThat(interval.highNs()).isLessThanOrEqualTo(10_000.0).isGreaterThanOrEqualTo(interval.lowNs());
        assertThat(interval.samples()).isEqualTo(3);
        assertThat(interval.level()).isBetween(0.5, 1.0);
        assertThat(interval.method()).contains("bootstrap").contains("median");
    }

    @Test
    void anyPositiveIterationsGiveAnIntervalBetweenTheFastestAndTheSlowest() {
        Random random = new Random(20250101);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(30);
            List<Double> samples = new ArrayList<>();
            double scale = Math.pow(10, 1 + 6 * random.nextDouble());
            for (int i = 0; i < n; i++) {
                // log-normal with a heavy right tail, like times on a busy machine
                samples.add(scale * Math.exp(random.nextGaussian() * (0.05 + 2 * random.nextDouble())));
            }
            double min = Collections.min(samples);
            double max = Collections.max(samples);

            ConfidenceInterval interval = MedianBootstrap.of(samples);

            assertThat(interval.lowNs()).as("trial %d of %s", trial, samples).isGreaterThanOrEqualTo(min);
            assertThat(interval.highNs()).as("trial %d of %s", trial, samples).isLessThanOrEqualTo(max)
                    .isGreaterThanOrEqualTo(interval.lowNs());
            assertThat(interval.samples()).isEqualTo(n);
        }
    }

    @Test
    void theSameIterationsAlwaysGiveTheSameInterval() {
        List<Double> samples = List.of(12.0, 15.5, 11.2, 30.1, 12.9, 13.3, 12.4);

        assertThat(MedianBootstrap.of(samples)).isEqualTo(MedianBootstrap.of(samples));
    }

    @Test
    void manyQuietIterationsGiveANarrowIntervalAroundTheirMedian() {
        Random random = new Random(7);
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            samples.add(1_000.0 + random.nextGaussian());
        }

        ConfidenceInterval interval = MedianBootstrap.of(samples);

        assertThat(interval.lowNs()).isBetween(999.5, 1_000.0);
        assertThat(interval.highNs()).isBetween(1_000.0, 1_000.5);
    }
}
