package org.autodiffbench.harness.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.reports.results.Outcome;
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
        CellTask task = new CellTask(engine, options, model, size, modelOptions, 1, operator, 1e-9, 3, 30,
                TestCampaigns.FAST, "unused.json");
        return CellProbe.probe(task, ENGINES);
    }

    private static ProbeReport probe(String engine, String model, int size) {
        return probe(engine, Map.of(), model, size, Map.of(), Operator.GRADIENT);
    }

    @Test
    void reverseIsCheckedAgainstTheHandGradientAndFiniteDifferencesButNotItself() {
        ProbeReport report = probe("reverse", "mlp-width", 4);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.reason()).isNull();
        assertThat(report.params()).isEqualTo(4 * 4 + 76 * 4 + 10);
        assertThat(report.references()).startsWith("hand; finite differences (3 directions of hand's value, max ρ ")
                .doesNotContain("reverse");
        assertThat(report.maxRho()).isLessThan(1e-12);
        assertThat(report.tolerance()).isEqualTo(1e-9);
        assertThat(report.sweeps()).isEqualTo(1);
        assertThat(report.retainedBytes()).isPositive();
        assertThat(report.flops()).isPositive();
        assertThat(report.callSeconds()).isPositive();
        assertThat(report.setupSeconds()).isPositive();
    }

    @Test
    void withoutAHandDerivativeReverseIsTheExactReference() {
        ProbeReport report = probe("forward", "scalar-dag", 16);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.references()).startsWith("reverse; finite differences (3 directions of reverse's value");
        assertThat(report.sweeps()).isEqualTo(16);
    }

    @Test
    void whenFiniteDifferencesAreTheOnlyReferenceTheirToleranceApplies() {
        ProbeReport report = probe("reverse", "scalar-dag", 16);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.references()).startsWith("finite differences");
        assertThat(report.tolerance()).isEqualTo(FiniteDifferenceCheck.TOLERANCE);
        assertThat(report.maxRho()).isLessThan(FiniteDifferenceCheck.TOLERANCE);
    }

    @Test
    void aJvpIsCheckedAlongItsOwnDirection() {
        ProbeReport report = probe("forward", Map.of(), "jacobian", 5, Map.of("outputs", "3"), Operator.JVP);
        assertThat(report.outcome()).isEqualTo(Outcome.OK);
        assertThat(report.references()).startsWith("finite differences (1 direction of hand's value");
    }

    @Test
    void aNaNGradientDisagrees() {
        ProbeReport report = probe(NanTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.DISAGREES);
        assertThat(report.reason()).isEqualTo("non-finite: derivative[0] is NaN");
        assertThat(report.maxRho()).isNull();
    }

    @Test
    void aWrongGradientDisagreesWithTheWorstElementNamed() {
        ProbeReport report = probe(OffByOneTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.DISAGREES);
        // ρ(5.5 + 1e-3, 5.5) = 1e-3 / 11.001
        assertThat(report.maxRho()).isCloseTo(1e-3 / 11.001, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(report.reason()).startsWith("ρ 9.1e-05 > tolerance 1.0e-09 (off-test vs ")
                .endsWith(" at derivative[0])");
    }

    @Test
    void aThrowingEngineFailsWithItsMessage() {
        ProbeReport report = probe(FailingTestEngine.ID, "scalar-example", 2);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.reason()).isEqualTo("call: IllegalStateException: " + FailingTestEngine.MESSAGE);
        assertThat(report.params()).isEqualTo(2);
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
