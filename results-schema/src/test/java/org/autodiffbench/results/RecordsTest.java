package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void aCellIdNamesEngineOptionsFamilyOptionsSizeAndOperatorAsSchemaOneDid() {
        CellSpec spec = new CellSpec("checkpointed", Map.of("snapshots", "8", "schedule", "binomial"),
                Map.of("snapshots", "sqrt", "schedule", "binomial"),
                new ModelSpec("mlp-depth", 64, Map.of("width", "64"), 1), Operator.GRADIENT);

        assertThat(spec.id()).isEqualTo("checkpointed[schedule=binomial,snapshots=8]|mlp-depth[width=64]|64|gradient");
        assertThat(spec.series()).isEqualTo("checkpointed[schedule=binomial,snapshots=sqrt]");
        assertThat(new CellSpec("reverse", Map.of(), SampleResults.model(4), Operator.JACOBIAN).id())
                .isEqualTo("reverse|mlp-width|4|jacobian");
    }

    @Test
    void optionMapsKeepKeyOrderWhateverOrderTheyCameIn() {
        ModelSpec model = new ModelSpec("jacobian", 8, Map.of("outputs", "16", "density", "0.5"), 7);

        assertThat(model.options().keySet()).containsExactly("density", "outputs");
        assertThat(model.optionsLabel()).isEqualTo("density=0.5,outputs=16");
        assertThat(model.familyLabel()).isEqualTo("jacobian[density=0.5,outputs=16]");
    }

    @Test
    void aCellReadsItsMedianAndModeAndSaysOtherWithoutAnEngine() {
        assertThat(SampleResults.okCell().medianNs()).isEqualTo(3000.0);
        assertThat(SampleResults.okCell().mode()).isEqualTo(EngineMode.REVERSE);
        assertThat(SampleResults.overBudgetCell().medianNs()).isNull();
        assertThat(SampleResults.failedCell().mode()).isEqualTo(EngineMode.OTHER);
    }

    @Test
    void ratiosAreTheCellsMedianOverEachBaselinesMedian() {
        Baselines baselines = Baselines.of(SampleResults.baseline(), SampleResults.timing(3000));

        assertThat(baselines.primalNs()).isEqualTo(1200.5);
        assertThat(baselines.ratioToPrimal()).isEqualTo(3000 / 1200.5);
        assertThat(baselines.ratioToHand()).isEqualTo(3000 / 2400.25);
        assertThat(Baselines.handToPrimal(SampleResults.baseline())).isEqualTo(2400.25 / 1200.5);
    }

    @Test
    void aMissingOrZeroBaselineOrTimingGivesNoRatioRatherThanZeroOrInfinity() {
        Baseline noHand = new Baseline(SampleResults.model(4), null, "reverse", SampleResults.timing(0), null, null);

        Baselines untimed = Baselines.of(SampleResults.baseline(), null);
        Baselines againstZero = Baselines.of(noHand, SampleResults.timing(10));

        assertThat(untimed.ratioToPrimal()).isNull();
        assertThat(untimed.primalNs()).isEqualTo(1200.5);
        assertThat(againstZero.ratioToPrimal()).isNull();
        assertThat(againstZero.ratioToHand()).isNull();
        assertThat(againstZero.handNs()).isNull();
    }

    @Test
    void onlyAStageCountAboveOneMakesAProblemStaged() {
        assertThat(new Problem(4, 1L, 100, null).staged()).isTrue();
        assertThat(new Problem(4, 1L, 1, null).staged()).isFalse();
        assertThat(new Problem(4, 1L, null, null).staged()).isFalse();
    }

    @Test
    void finishingAnEnvironmentKeepsTheRestAndSetsTheEnd() {
        Environment started = SampleResults.environment();

        Environment finished = started.finished("2025-01-02T04:00:00Z");

        assertThat(finished).isEqualTo(new Environment(started.jvmName(), started.jvmVersion(), started.os(),
                started.cpu(), started.cores(), started.maxHeapBytes(), started.gitCommit(), started.startedAt(),
                "2025-01-02T04:00:00Z", started.kernels()));
        assertThat(finished.kernels()).isNotNull();
    }
}
