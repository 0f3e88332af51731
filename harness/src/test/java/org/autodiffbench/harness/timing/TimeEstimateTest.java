package org.autodiffbench.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.autodiffbench.harness.campaign.TimingSettings;
import org.junit.jupiter.api.Test;

class TimeEstimateTest {

    private static final TimingSettings TIMING = new TimingSettings(2, 1, 100, 3, 200);

    @Test
    void jmhTakesPerForkAJvmStartTheSetupAndEachIterationPlusOneCall() {
        // 2 forks × (1 s start + 0.5 s setup + 1 × (0.1 + 0.05) + 3 × (0.2 + 0.05)) = 2 × 2.4 s
        assertThat(TimeEstimate.timingSeconds(TIMING, 0.05, 0.5)).isCloseTo(4.8, within(1e-12));
    }

    @Test
    void aCellAddsTheProbesJvmAndTwoCalls() {
        // 1 s + 2 × 0.05 s, then 2 × (1 s + 0.15 + 0.75)
        assertThat(TimeEstimate.cellSeconds(TIMING, 0.05)).isCloseTo(4.9, within(1e-12));
    }

    @Test
    void secondsReadLikeSeconds() {
        assertThat(TimeEstimate.seconds(3.14159)).isEqualTo("3.1 s");
        assertThat(TimeEstimate.seconds(420.4)).isEqualTo("420 s");
        assertThat(TimeEstimate.seconds(123_456)).isEqualTo("1.2e+05 s");
    }
}
