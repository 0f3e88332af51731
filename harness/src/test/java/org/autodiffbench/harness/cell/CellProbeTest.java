package org.autodiffbench.harness.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.FiniteDifferenceCheck;
import org.autodiffbench.harness.run.TestCampaigns;
import org.autodiffbench.harness.testengines.FailingTestEngine;
import org.autodiffbench.harness.testengines.NanTestEngine;
import org.autodiffbench.harness.testengines.OffByOneTestEngine;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.ReferenceKind;
import org.junit.jupiter.api.Test;

/** The probe in this JVM: agreement with each reference, statistics, and how each misbehaviour ends. */
class CellProbeTest {

    private static final EngineRegistry ENGINES = engines();

    private static EngineRegistry engines() {
        List<DiffEngine> engines = new ArrayList<>(EngineRegistry.discover().available());
        engines.addAll(List.of(new NanTestEngine(), new OffByOneTestEngine(), new FailingTestEngine()));
        return EngineRegistry.of(engines);
    }

    private static ProbeReport probe(String engine, Map<String, String> options, String model, int size,
                                     Map<String, String> modelOptions, Operator operator) {
        CellSpec cell = new CellSpec(engine, options, new ModelSpec(model, size, modelOptions, 1), operator);
        CellTask task = new CellTask(cell, 1e-9, 3, 30, TestCampaigns.FAST, "unused.json");
        return CellProbe.probe(task, ENGINES).report();
    }

    private static ProbeReport probe(String engine, String model, int size) {
        return probe(engine, Map.of(), model, size, Map.of(), Operator.GRADIENT);
    }

    private static List<String> references(ProbeReport report) {
        return report.agreement().references().stream().map(ReferenceCheck::reference).toList();
    }

    /** The family's name for the size at the cell's options travels with the problem, for the charts' x axis. */
    @Test
    void theProblemRecordsWhatTheSizeCountsAtTheModelsOptions() {
        ProbeReport batch = probe("reverse", Map.of(), "mlp-batch", 3, Map.of("width", "3"), Operator.GRADIENT);
        assertThat(batch.outcome()).isEqualTo(Outcome.OK);
        assertThat(batch.problem().sizeMeaning()).isEqualTo("batch size B");
        ProbeReport width = probe("reverse", Map.of(), "mlp-batch", 3, Map.of("batch", "2"), Operator.GRADIENT);
        assertThat(width.problem().sizeMeaning()).isEqualTo("hidden width w");
    }

    @Test
    void reverseIsCheckedAgainstTheHandGradientAndFiniteDifferencesButNotItself() {
        ProbeReport report = probe("reverse", "mlp-width", 4);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.reason()).isNull();
        assertThat(report.problem()).isEqualTo(new Problem(4 * 4 + 76 * 4 + 10, 1L, 1,
                report.problem().primalFlops(), "hidden width w"));
        assertThat(report.problem().primalFlops()).isPositive();
        assertThat(report.engine().mode()).isEqualTo(EngineMode.REVERSE);
        assertThat(references(report)).containsExactly("hand", "finite differences");
        ReferenceCheck hand = report.agreement().references().get(0);
        ReferenceCheck fd = report.agreement().references().get(1);
        assertThat(hand.kind()).isEqualTo(ReferenceKind.HAND);
        assertThat(hand.rho()).isLessThan(1e-12);
        assertThat(hand.tolerance()).isEqualTo(1e-9);
        assertThat(fd.kind()).isEqualTo(ReferenceKind.FINITE_DIFFERENCES);
        assertThat(fd.tolerance()).isEqualTo(FiniteDifferenceCheck.TOLERANCE_FLOOR);
        assertThat(fd.note()).isEqualTo("3 directions of hand's value");
        assertThat(report.agreement().maxRho()).isEqualTo(hand.rho());
        assertThat(report.agreement().tolerance()).isEqualTo(1e-9);
        assertThat(report.statistics().adjointSweeps()).isEqualTo(1);
        assertThat(report.statistics().tangentSweeps()).isZero();
        assertThat(report.statistics().retainedBytes()).isPositive();
        assertThat(report.statistics().flops()).isPositive();
        assertThat(report.callSeconds()).isPositive();
        assertThat(report.setupSeconds()).isPositive();
    }

    @Test
    void withoutAHandDerivativeReverseIsTheExactReference() {
        ProbeReport report = probe("forward", "scalar-dag", 16);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(references(report)).containsExactly("reverse", "finite differences");
        assertThat(report.agreement().references().get(0).kind()).isEqualTo(ReferenceKind.ENGINE);
        assertThat(report.agreement().references().get(1).note()).isEqualTo("3 directions of reverse's value");
        assertThat(report.statistics().tangentSweeps()).isEqualTo(16);
        assertThat(report.engine().mode()).isEqualTo(EngineMode.FORWARD);
    }

    @Test
    void whenFiniteDifferencesAreTheOnlyReferenceTheirToleranceApplies() {
        ProbeReport report = probe("reverse", "scalar-dag", 16);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(references(report)).containsExactly("finite differences");
        assertThat(report.agreement().tolerance()).isEqualTo(FiniteDifferenceCheck.TOLERANCE_FLOOR);
        assertThat(report.agreement().maxRho()).isLessThan(FiniteDifferenceCheck.TOLERANCE_FLOOR)
                .isEqualTo(report.agreement().references().get(0).rho());
    }

    @Test
    void aJvpIsCheckedAlongItsOwnDirection() {
        ProbeReport report = probe("forward", Map.of(), "jacobian", 5, Map.of("outputs", "3"), Operator.JVP);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.agreement().references()).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("1 direction of hand's value"));
        assertThat(report.problem().outputs()).isEqualTo(3);
    }

    @Test
    void aNaNGradientDisagrees() {
        ProbeReport report = probe(NanTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.DISAGREES);
        assertThat(report.reason()).isEqualTo("non-finite: derivative[0] is NaN");
        assertThat(report.agreement().maxRho()).isNull();
    }

    @Test
    void aWrongGradientDisagreesWithTheWorstElementNamed() {
        ProbeReport report = probe(OffByOneTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.DISAGREES);
        // ρ(5.5 + 1e-3, 5.5) = 1e-3 / 11.001
        assertThat(report.agreement().maxRho()).isCloseTo(1e-3 / 11.001, within(1e-12));
        assertThat(report.agreement().worst()).endsWith(" at derivative[0]");
        assertThat(report.reason()).startsWith("ρ 9.1e-05 > tolerance 1.0e-09 (off-test vs ")
                .endsWith(" at derivative[0])");
    }

    @Test
    void aThrowingEngineFailsWithItsMessage() {
        ProbeReport report = probe(FailingTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.reason()).isEqualTo("call: IllegalStateException: " + FailingTestEngine.MESSAGE);
        assertThat(report.problem().parameters()).isEqualTo(2);
        assertThat(report.agreement()).isNull();
    }

    @Test
    void anOptionRefusedAtPrepareFailsTheCellWithTheMessage() {
        ProbeReport report = probe("forward", Map.of("lanes", "0"), "scalar-example", 2, Map.of(), Operator.GRADIENT);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.reason()).isEqualTo("prepare: IllegalArgumentException: option lanes=0 must be at least 1");
    }

    @Test
    void anOperatorTheEngineLacksIsUnsupported() {
        ProbeReport report = probe("forward", Map.of(), "jacobian", 4, Map.of(), Operator.VJP);
        assertThat(report.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(report.reason()).startsWith("engine 'forward' does not offer vjp");
    }
}
