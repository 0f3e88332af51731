package org.autodiffbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.autodiffbench.benchmarks.TargetCheck.Verdict;
import org.junit.jupiter.api.Test;

class CompiledEnginesTargetsTest {

    private static final PlannedModels PLANNED = new PlannedModels(
            List.of("ode-chain:1000", "mlp-width:64"),
            List.of("ode-chain:1000", "scalar-dag:256", "mlp-width:64"),
            List.of("mlp-width:64"),
            List.of("ode-chain:1000", "scalar-dag:256"),
            Set.of("ode-chain:1000"),
            List.of("ode-chain:1000"));

    private static MeasuredCall time(double microseconds) {
        return new MeasuredCall(microseconds, 0.0, 0.0);
    }

    private static MeasuredCall allocating(double microseconds, double bytes) {
        return new MeasuredCall(microseconds, 0.0, bytes);
    }

    /** Every planned call measured, each engine within its targets. */
    private static MeasuredCalls withinTargets() {
        return new MeasuredCalls()
                .put("handDerivative", "ode-chain:1000", time(50))
                .put("handValue", "ode-chain:1000", time(30))
                .put("reverseDerivative", "ode-chain:1000", time(100))
                .put("reverseValue", "ode-chain:1000", time(39))
                .put("reverseDerivative", "scalar-dag:256", time(20))
                .put("reverseValue", "scalar-dag:256", time(10))
                .put("handDerivative", "mlp-width:64", time(10))
                .put("handValue", "mlp-width:64", time(5))
                .put("reverseDerivative", "mlp-width:64", time(20))
                .put("reverseValue", "mlp-width:64", time(9))
                .put("interpretedReverseGradient", "mlp-width:64", time(12.5))
                .put("interpretedReverseValue", "mlp-width:64", time(6))
                .put("forwardJvp", "ode-chain:1000", time(45))
                .put("jvpPrimal", "ode-chain:1000", time(30))
                .put("forwardJvp", "scalar-dag:256", time(30))
                .put("jvpPrimal", "scalar-dag:256", time(25));
    }

    private static TargetCheck check(List<TargetCheck> checks, String targetStart, String model) {
        return checks.stream().filter(c -> c.target().startsWith(targetStart) && c.model().equals(model))
                .findFirst().orElseThrow();
    }

    @Test
    void everyPlannedModelHasARowForEachOfItsTargets() {
        List<TargetCheck> checks = CompiledEnginesTargets.checks(withinTargets(), PLANNED);
        // derivative and primal on 2 reverse models, JVP on 2, mlp gradient and primal on 1,
        // allocation of 3 reverse and 2 JVP models
        assertThat(checks).hasSize(2 * 2 + 2 + 2 + 3 + 2);
        assertThat(checks).filteredOn(c -> c.target().startsWith("compiled reverse") && !c.target().endsWith("B/call"))
                .extracting(TargetCheck::model).doesNotContain("mlp-width:64");
    }

    @Test
    void ratiosAreOfScoresFromTheRunAgainstTheBriefsLimits() {
        List<TargetCheck> checks = CompiledEnginesTargets.checks(withinTargets(), PLANNED);
        TargetCheck derivative = check(checks, "compiled reverse derivative", "ode-chain:1000");
        assertThat(derivative.value()).isEqualTo(2.0);
        assertThat(derivative.limit()).isEqualTo(2.0);
        assertThat(check(checks, "compiled reverse primal", "ode-chain:1000").value()).isEqualTo(1.3);
        assertThat(check(checks, "compiled forward JVP", "ode-chain:1000").value()).isEqualTo(1.5);
        assertThat(checks).extracting(TargetCheck::verdict).containsOnly(Verdict.MET, Verdict.NO_BASELINE);
    }

    @Test
    void onMlpWidthTheFasterOfCompiledAndInterpretedReverseCounts() {
        List<TargetCheck> checks = CompiledEnginesTargets.checks(withinTargets(), PLANNED);
        TargetCheck gradient = check(checks, "faster reverse gradient", "mlp-width:64");
        assertThat(gradient.value()).isEqualTo(1.25);
        assertThat(gradient.figures()).contains("faster: interpreted");
        TargetCheck primal = check(checks, "faster reverse primal", "mlp-width:64");
        assertThat(primal.value()).isEqualTo(1.2);
        assertThat(primal.figures()).contains("faster: interpreted");
    }

    @Test
    void aSlowerEngineMissesItsTarget() {
        MeasuredCalls calls = withinTargets().put("reverseDerivative", "ode-chain:1000", time(100.5))
                .put("interpretedReverseValue", "mlp-width:64", time(9.5));
        List<TargetCheck> checks = CompiledEnginesTargets.checks(calls, PLANNED);
        assertThat(check(checks, "compiled reverse derivative", "ode-chain:1000").verdict()).isEqualTo(Verdict.MISSED);
        TargetCheck primal = check(checks, "faster reverse primal", "mlp-width:64");
        assertThat(primal.value()).isEqualTo(9.0 / 5.0);
        assertThat(primal.figures()).contains("faster: compiled");
        assertThat(primal.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aFamilyWithoutAHandDerivativeIsReportedUncheckedNotMet() {
        List<TargetCheck> checks = CompiledEnginesTargets.checks(withinTargets(), PLANNED);
        TargetCheck dag = check(checks, "compiled reverse derivative", "scalar-dag:256");
        assertThat(dag.verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(dag.figures()).contains("no hand-written derivative");
    }

    @Test
    void theJvpRowSaysWhichPrimalItIsMeasuredAgainst() {
        List<TargetCheck> checks = CompiledEnginesTargets.checks(withinTargets(), PLANNED);
        assertThat(check(checks, "compiled forward JVP", "ode-chain:1000").figures()).contains("vs hand primal");
        assertThat(check(checks, "compiled forward JVP", "scalar-dag:256").figures()).contains("vs engine's own value");
        assertThat(check(checks, "compiled forward JVP", "scalar-dag:256").value()).isEqualTo(1.2);
    }

    @Test
    void aPlannedBenchmarkThatDidNotRunIsAMissedRowNotAMissingOne() {
        MeasuredCalls calls = new MeasuredCalls().put("handDerivative", "ode-chain:1000", time(50));
        List<TargetCheck> checks = CompiledEnginesTargets.checks(calls, PLANNED);
        assertThat(checks).hasSize(13);
        TargetCheck derivative = check(checks, "compiled reverse derivative", "ode-chain:1000");
        assertThat(derivative.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(derivative.figures()).isEqualTo("engine not measured vs hand 50.0 ± 0.0");
        assertThat(check(checks, "faster reverse gradient", "mlp-width:64").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(check(checks, "compiled forward JVP, B/call", "scalar-dag:256").verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void allocationIsCheckedOnTheCompiledEnginesDerivativeCallsOnly() {
        MeasuredCalls calls = withinTargets()
                .put("reverseDerivative", "scalar-dag:256", allocating(20, 65))
                .put("forwardJvp", "ode-chain:1000", allocating(45, 64))
                .put("handDerivative", "ode-chain:1000", allocating(50, 4096));
        List<TargetCheck> checks = CompiledEnginesTargets.checks(calls, PLANNED);
        assertThat(check(checks, "compiled reverse derivative, B/call", "scalar-dag:256").verdict())
                .isEqualTo(Verdict.MISSED);
        assertThat(check(checks, "compiled forward JVP, B/call", "ode-chain:1000").verdict()).isEqualTo(Verdict.MET);
        assertThat(checks).filteredOn(c -> c.target().endsWith("B/call"))
                .extracting(TargetCheck::value).doesNotContain(4096.0);
    }

    @Test
    void theHandWrittenJvpIsReadInPrimalsAndTheCompiledOneInHandWrittenJvps() {
        MeasuredCalls calls = withinTargets().put("handJvp", "ode-chain:1000", time(36));
        JvpSpeedOfLight row = JvpSpeedOfLight.of(calls, "ode-chain:1000");
        assertThat(row.handOverPrimal()).isEqualTo(36.0 / 30.0);
        assertThat(row.compiledOverHand()).isEqualTo(45.0 / 36.0);
        assertThat(row.row()).isEqualTo("| ode-chain:1000 | 30.0 ± 0.0 | 36.0 ± 0.0 | 1.20 | 45.0 ± 0.0 | 1.25 |");
        assertThat(JvpSpeedOfLight.of(withinTargets(), "ode-chain:1000").row())
                .as("a hand JVP that did not run").contains("not measured").contains("NaN");
    }
}
