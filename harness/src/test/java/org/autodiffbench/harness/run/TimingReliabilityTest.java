package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.ConfidenceInterval;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.Unreliability;
import org.autodiffbench.results.Unreliability.Cause;
import org.junit.jupiter.api.Test;

/** A timing is flagged, with the figures, when the machine was overloaded or its iterations disagree. */
class TimingReliabilityTest {

    private static final CellLoad QUIET = new CellLoad(new MachineLoad(0.4, 2), new MachineLoad(1.1, 2));

    private static Timing timing(double... samples) {
        List<Double> list = Arrays.stream(samples).boxed().toList();
        double[] sorted = Arrays.stream(samples).sorted().toArray();
        double median = sorted[sorted.length / 2];
        return new Timing(median, median, sorted[0], sorted[sorted.length - 1],
                new ConfidenceInterval(sorted[0], sorted[sorted.length - 1], 0.95, "test", samples.length), list,
                null, 1, 1, samples.length);
    }

    @Test
    void closeIterationsOnAQuietMachineAreReliable() {
        assertThat(TimingReliability.judge(timing(100, 103, 101, 99, 102), QUIET)).isEmpty();
    }

    @Test
    void moreRunnableThreadsThanCpusAtEitherEndIsNamedWithTheFigures() {
        CellLoad busy = new CellLoad(new MachineLoad(3.1, 2), new MachineLoad(4.75, 2));

        assertThat(TimingReliability.judge(timing(100, 103, 101), busy)).containsExactly(
                new Unreliability(Cause.LOAD, "load 3.1 on 2 CPUs at start"),
                new Unreliability(Cause.LOAD, "load 4.8 on 2 CPUs at end"));
    }

    @Test
    void iterationsThatDisagreeAreFlaggedWithTheirSpread() {
        // (10.0 − 5.8) / 9.1 = 0.46
        assertThat(TimingReliability.judge(timing(5_800, 9_100, 10_000), QUIET)).containsExactly(
                new Unreliability(Cause.SPREAD, "spread: (max − min)/median 0.46 over 3 samples"));
    }

    @Test
    void anUnknownLoadIsNoReasonEitherWay() {
        CellLoad unknown = new CellLoad(new MachineLoad(null, 2), null);

        assertThat(TimingReliability.judge(timing(100, 101, 102), unknown)).isEmpty();
    }
}
