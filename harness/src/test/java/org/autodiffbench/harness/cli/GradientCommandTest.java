package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The JSON contract and the verdicts of {@code gradient}, on the worked example and the model families. */
class GradientCommandTest {

    private static final String WORKED = "ln(x1) + x1*x2 - sin(x2)";
    /**
     * The worked example of Baydin, Pearlmutter, Radul and Siskind, "Automatic differentiation in
     * machine learning: a survey", JMLR 18 (2018): f = ln 2 + 10 − sin 5 = 11.652071…,
     * ∂f/∂x1 = 5.5, ∂f/∂x2 = 2 − cos 5 = 1.7163378145367738.
     */
    private static final double WORKED_VALUE = Math.log(2) + 10 - Math.sin(5);
    private static final double WORKED_DX2 = 1.7163378145367738;

    /** Every engine on the class path; {@code --engine all} must ask each of them. */
    private static Set<String> availableEngines() {
        Set<String> ids = new HashSet<>(EngineRegistry.discover().ids());
        assertThat(ids).contains("forward", "reverse", "checkpointed");
        return ids;
    }

    private static Set<String> enginesIn(JsonNode results) {
        Set<String> engines = new HashSet<>();
        results.forEach(result -> engines.add(result.get("engine").asText()));
        assertThat(engines).as("one result per engine").hasSize(results.size());
        return engines;
    }

    @Test
    void workedExampleJsonFromEveryEngine() {
        CliRun run = CliRun.of("gradient", "--expr", WORKED, "--at", "x1=2,x2=5", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("value").asDouble()).isCloseTo(WORKED_VALUE, within(1e-12));
            assertThat(result.get("gradient").get("x1").asDouble()).isCloseTo(5.5, within(1e-12));
            assertThat(result.get("gradient").get("x2").asDouble()).isCloseTo(WORKED_DX2, within(1e-12));
            assertThat(result.get("finite").asBoolean()).isTrue();
            JsonNode stats = result.get("stats");
            for (String field : List.of("sweeps", "stageEvaluations", "retainedBytes", "flops")) {
                assertThat(stats.get(field).isIntegralNumber()).as(field).isTrue();
            }
            assertThat(stats.get("flops").asLong()).isPositive();
        }
        assertThat(enginesIn(json.get("results"))).isEqualTo(availableEngines());
        assertThat(json.get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-9);
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }

    /** A formula is one stage, so checkpointed reverse mode sweeps like plain reverse mode. */
    @Test
    void forwardSweepsOncePerInputAndReverseAndCheckpointedOnce() {
        JsonNode json = CliRun.of("gradient", "--expr", WORKED, "--at", "x1=2,x2=5", "--format", "json").json();
        Map<String, JsonNode> stats = new HashMap<>();
        json.get("results").forEach(r -> stats.put(r.get("engine").asText(), r.get("stats")));
        assertThat(stats.get("forward").get("sweeps").asLong()).isEqualTo(2);
        assertThat(stats.get("reverse").get("sweeps").asLong()).isEqualTo(1);
        assertThat(stats.get("checkpointed").get("sweeps").asLong()).isEqualTo(1);
        assertThat(stats.get("checkpointed").get("stageEvaluations").asLong()).isEqualTo(1);
        JsonNode details = stats.get("checkpointed").get("details");
        assertThat(details.get("tapedStageEvaluations").asLong()).isEqualTo(1);
        assertThat(details.get("untapedStageEvaluations").asLong()).isZero();
        assertThat(details.get("snapshotsTaken").asLong()).isZero();
    }

    @Test
    void oneNamedEngine() {
        CliRun run = CliRun.of("gradient", "--expr", WORKED, "--at", "x1=2,x2=5", "--engine", "reverse",
                "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode results = run.json().get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("engine").asText()).isEqualTo("reverse");
        assertThat(results.get(0).get("gradient").get("x1").asDouble()).isEqualTo(5.5);
        assertThat(run.json().get("agreement").get("ok").asBoolean()).isTrue();
    }

    @Test
    void anEngineOptionReachesTheEngine() {
        CliRun run = CliRun.of("gradient", "--expr", WORKED, "--at", "x1=2,x2=5", "--engine", "forward",
                "--option", "lanes=2", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode result = run.json().get("results").get(0);
        assertThat(result.get("stats").get("sweeps").asLong()).isEqualTo(1);
        assertThat(result.get("gradient").get("x2").asDouble()).isCloseTo(WORKED_DX2, within(1e-12));
    }

    @Test
    void theAtOrderIsTheInputOrder() {
        JsonNode json = CliRun.of("gradient", "--expr", WORKED, "--at", "x2=5,x1=2", "--format", "json").json();
        JsonNode gradient = json.get("results").get(0).get("gradient");
        List<String> names = new ArrayList<>();
        gradient.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("x2", "x1");
        assertThat(gradient.get("x1").asDouble()).isCloseTo(5.5, within(1e-12));
    }

    @Test
    void aDomainErrorIsNonFiniteNotAgreement() {
        CliRun run = CliRun.of("gradient", "--expr", "log(x)", "--at", "x=-1", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("value").isNull()).isTrue();
            assertThat(result.get("finite").asBoolean()).isFalse();
        }
        assertThat(json.get("agreement").get("ok").asBoolean()).isFalse();
        assertThat(json.get("agreement").get("finite").asBoolean()).isFalse();
        assertThat(json.get("agreement").get("note").asText()).startsWith("non-finite");
    }

    @Test
    void anInfiniteDerivativeIsNonFiniteToo() {
        CliRun run = CliRun.of("gradient", "--expr", "sqrt(x)", "--at", "x=0", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("results").get(0).get("gradient").get("x").isNull()).isTrue();
    }

    @Test
    void textFormatIsATableWithAVerdict() {
        CliRun run = CliRun.of("gradient", "--expr", WORKED, "--at", "x1=2,x2=5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gradient of " + WORKED + " at x1=2, x2=5");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("forward ") && l.contains(" 5.5 ")
                && l.contains(" 1.71633781454 ") && l.contains(" 11.6520714552 "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("reverse "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("ok: agree, max ρ = "));
    }

    @Test
    void textFormatSaysNotOkForADomainError() {
        CliRun run = CliRun.of("gradient", "--expr", "sqrt(x - 2)", "--at", "x=1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("NOT OK: non-finite"));
    }

    @Test
    void scalarExampleModelMatchesItsHandGradient() {
        CliRun run = CliRun.of("gradient", "--model", "scalar-example", "--size", "2", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("reference").get("source").asText()).isEqualTo("hand");
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("value").asDouble()).isCloseTo(WORKED_VALUE, within(1e-12));
            assertThat(result.get("gradient").get(0).asDouble()).isCloseTo(5.5, within(1e-12));
            assertThat(result.get("gradient").get(1).asDouble()).isCloseTo(WORKED_DX2, within(1e-12));
        }
    }

    @Test
    void mlpWidthBriefAgreesWithTheHandGradient() {
        CliRun run = CliRun.of("gradient", "--model", "mlp-width", "--size", "8", "--format", "json", "--brief");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("model").get("parameters").asInt()).isEqualTo(8 * 8 + 76 * 8 + 10);
        assertThat(json.get("reference").get("source").asText()).isEqualTo("hand");
        assertThat(enginesIn(json.get("results"))).isEqualTo(availableEngines());
        for (JsonNode result : json.get("results")) {
            assertThat(result.has("gradient")).isFalse();
            assertThat(Rho.of(result.get("value").asDouble(), json.get("reference").get("value").asDouble()))
                    .isLessThanOrEqualTo(1e-12);
        }
        assertThat(json.get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-9);
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }

    @Test
    void mlpWidthFullGradientMatchesTheHandGradientElementByElement() {
        JsonNode json = CliRun.of("gradient", "--model", "mlp-width", "--size", "4", "--format", "json").json();
        JsonNode hand = json.get("reference").get("gradient");
        assertThat(hand).hasSize(4 * 4 + 76 * 4 + 10);
        for (JsonNode result : json.get("results")) {
            JsonNode gradient = result.get("gradient");
            assertThat(gradient).hasSize(hand.size());
            for (int i = 0; i < hand.size(); i++) {
                assertThat(Rho.of(gradient.get(i).asDouble(), hand.get(i).asDouble())).as("element %d", i)
                        .isLessThanOrEqualTo(1e-12);
            }
        }
    }

    @Test
    void jacobianModelReportsRows() {
        CliRun run = CliRun.of("gradient", "--model", "jacobian", "--size", "5", "--model-option", "outputs=3",
                "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("operator").asText()).isEqualTo("jacobian");
        JsonNode hand = json.get("reference").get("jacobian");
        assertThat(hand).hasSize(3);
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("value")).hasSize(3);
            JsonNode rows = result.get("jacobian");
            assertThat(rows).hasSize(3);
            for (int r = 0; r < 3; r++) {
                assertThat(rows.get(r)).hasSize(5);
                for (int c = 0; c < 5; c++) {
                    assertThat(Rho.of(rows.get(r).get(c).asDouble(), hand.get(r).get(c).asDouble()))
                            .isLessThanOrEqualTo(1e-12);
                }
            }
        }
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }

    @Test
    void jacobianModelWithDefaultOptionsInText() {
        CliRun run = CliRun.of("gradient", "--model", "jacobian", "--size", "5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Jacobian of model jacobian, size 5");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("hand "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("ok: agree"));
    }

    @Test
    void aRandomDagAgreesAcrossEngines() {
        CliRun run = CliRun.of("gradient", "--model", "scalar-dag", "--size", "12", "--seed", "7", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("model").get("seed").asLong()).isEqualTo(7);
        assertThat(enginesIn(json.get("results"))).isEqualTo(availableEngines());
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("gradient")).hasSize(12);
        }
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }
}
