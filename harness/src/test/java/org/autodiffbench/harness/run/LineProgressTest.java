package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
        String line = LineProgress.line(4, 10, cell(Outcome.OK, null, 12_345.0), Duration.ofSeconds(60), 2);
        assertThat(line).isEqualTo("[4/10] reverse|mlp-width|64|gradient: ok 12.3 µs (elapsed 1:00, ETA 3:00)");
    }

    @Test
    void anotherOutcomeShowsItsReason() {
        String line = LineProgress.line(1, 3, cell(Outcome.FAILED, "call: IllegalStateException: boom", null),
                Duration.ofSeconds(5), 1);
        assertThat(line).isEqualTo(
                "[1/3] reverse|mlp-width|64|gradient: failed call: IllegalStateException: boom (elapsed 0:05, ETA 0:10)");
    }
}
