package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ConfidenceInterval;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Timing;
import org.junit.jupiter.api.Test;

class LineProgressTest {

    private static CellResult cell(Outcome outcome, String reason, Double medianNs) {
        Timing timing = medianNs == null ? null : new Timing(medianNs, medianNs, medianNs, medianNs,
                new ConfidenceInterval(medianNs, medianNs, 0.999, "test", 1), List.of(medianNs), 0.0, 1, 1, 1);
        CellSpec spec = TestCampaigns.gradient("reverse", "mlp-width", 64);
        return new CellResult(spec.id(), spec, outcome, reason, null, null, null, null, timing, null, null, null,
                null);
    }

    @Test
    void anOkCellShowsItsMedianAndTheTimeLeftFromThisRunsPace() {
        // 2 cells in 60 s: 30 s each, 6 cells left.
        String line = LineProgress.line(4, 10, cell(Outcome.OK, null, 12_345.0), Duration.ofSeconds(60),
                Duration.ofSeconds(60), 2);
        assertThat(line).isEqualTo("[4/10] reverse|mlp-width|64|gradient: ok 12.3 µs (elapsed 1:00, ETA 3:00)");
    }

    @Test
    void anotherOutcomeShowsItsReason() {
        String line = LineProgress.line(1, 3, cell(Outcome.FAILED, "call: IllegalStateException: boom", null),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 1);
        assertThat(line).isEqualTo(
                "[1/3] reverse|mlp-width|64|gradient: failed call: IllegalStateException: boom (elapsed 0:05, ETA 0:10)");
    }

    @Test
    void theTimeLeftCountsTheTimeSpentOnCellsNotTheWaitForJmhsLock() {
        long[] now = {0};
        StringWriter text = new StringWriter();
        LineProgress progress = new LineProgress(new PrintWriter(text), 0, () -> now[0]);

        now[0] += TimeUnit.MINUTES.toNanos(10); // another JMH run held the machine-wide lock
        progress.started(0, 4, "first");
        now[0] += TimeUnit.SECONDS.toNanos(30);
        progress.finished(1, 4, cell(Outcome.OK, null, 1000.0));
        now[0] += TimeUnit.SECONDS.toNanos(5); // between cells: not a cell's time
        progress.started(1, 4, "second");
        now[0] += TimeUnit.SECONDS.toNanos(50);
        progress.finished(2, 4, cell(Outcome.OK, null, 1000.0));

        // 2 cells in 80 s of work, 40 s each, 2 left
        assertThat(text.toString().lines().toList()).containsExactly(
                "[1/4] reverse|mlp-width|64|gradient: ok 1.00 µs (elapsed 10:30, ETA 1:30)",
                "[2/4] reverse|mlp-width|64|gradient: ok 1.00 µs (elapsed 11:25, ETA 1:20)");
    }
}
