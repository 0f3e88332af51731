package org.autodiffbench.reports.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void aCellReadsItsMedianAndAllocationFromItsTimingAndNullWithout() {
        CellResult timed = SampleResults.okCell();
        CellResult skipped = SampleResults.overBudgetCell();

        assertThat(timed.timeMedianNs()).isEqualTo(3000.0);
        assertThat(timed.allocBytesPerCall()).isEqualTo(48.0);
        assertThat(skipped.timeMedianNs()).isNull();
        assertThat(skipped.allocBytesPerCall()).isNull();
    }

    @Test
    void aBaselineKeyJoinsModelSizeAndOptions() {
        assertThat(SampleResults.baseline().key()).isEqualTo("mlp-width|4|");
        assertThat(new Baseline("jacobian", 8, "outputs=16", 8, "reverse", null, null, "no hand").key())
                .isEqualTo("jacobian|8|outputs=16");
    }

    @Test
    void finishingAnEnvironmentKeepsTheRestAndSetsTheEnd() {
        Environment started = SampleResults.environment();

        Environment finished = started.finished("2025-01-02T04:00:00Z");

        assertThat(finished.finishedAt()).isEqualTo("2025-01-02T04:00:00Z");
        assertThat(finished).isEqualTo(new Environment(started.jvmName(), started.jvmVersion(), started.os(),
                started.cpu(), started.cores(), started.maxHeapBytes(), started.gitCommit(), started.startedAt(),
                "2025-01-02T04:00:00Z"));
    }
}
