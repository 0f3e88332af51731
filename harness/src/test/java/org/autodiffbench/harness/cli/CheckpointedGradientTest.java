package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.autodiffbench.api.checkpoint.Revolve;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gradient --engine checkpointed} on the staged families: the statistics it reports, its
 * own counters, and agreement with plain reverse mode and the hand-written gradients.
 */
class CheckpointedGradientTest {

    /**
     * p(100, 5) = 4·100 − C(9, 3) = 316, t = 4 being the least with C(5+t, 5) ≥ 100 (Griewank and
     * Walther, "Algorithm 799: Revolve", ACM TOMS 26(1), 2000).
     */
    private static final long P_100_5 = 316;

    private static List<String> args(String... args) {
        return new ArrayList<>(List.of(args));
    }

    private static CliRun gradient(List<String> args) {
        List<String> all = new ArrayList<>(List.of("gradient"));
        all.addAll(args);
        return CliRun.of(all.toArray(String[]::new));
    }

    /** P = 64w + w + (L − 1)(w² + w) + 10w + 10 for mlp-depth (input 64, output 10). */
    private static long mlpDepthParameters(long w, long layers) {
        return 64 * w + w + (layers - 1) * (w * w + w) + 10 * w + 10;
    }

    @Test
    void aHundredLayerChainWithFiveSnapshotsMakesTheRevolveOptimalCountsAndAgreesWithTheHandGradient() {
        CliRun run = gradient(args("--model", "mlp-depth", "--size", "100", "--engine", "checkpointed",
                "--option", "snapshots=5", "--option", "schedule=binomial", "--format", "json"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("model").get("parameters").asLong()).isEqualTo(mlpDepthParameters(64, 100));
        assertThat(json.get("engineOptions").get("snapshots").asText()).isEqualTo("5");
        assertThat(json.get("engineOptions").get("schedule").asText()).isEqualTo("binomial");
        assertThat(json.get("results")).hasSize(1);
        JsonNode result = json.get("results").get(0);
        assertThat(result.get("engine").asText()).isEqualTo("checkpointed");
        assertThat(result.get("gradient")).hasSize((int) mlpDepthParameters(64, 100));

        JsonNode stats = result.get("stats");
        assertThat(Revolve.minimalAdvances(100, 5)).isEqualTo(P_100_5);
        assertThat(stats.get("stageEvaluations").asLong()).isEqualTo(Revolve.minimalAdvances(100, 5) + 100);
        assertThat(stats.get("sweeps").asLong()).isEqualTo(1);
        assertThat(stats.get("retainedBytes").asLong()).isPositive();
        assertThat(stats.get("flops").asLong()).isPositive();
        JsonNode details = stats.get("details");
        assertThat(details.get("tapedStageEvaluations").asLong()).isEqualTo(100);
        assertThat(details.get("untapedStageEvaluations").asLong()).isEqualTo(P_100_5);
        assertThat(details.get("peakSnapshots").asLong()).isBetween(1L, 5L);

        // The engine ran the schedule that the schedule command lays out.
        JsonNode schedule = CliRun.of("schedule", "--stages", "100", "--snapshots", "5", "--format", "json").json();
        JsonNode totals = schedule.get("totals");
        assertThat(details.get("untapedStageEvaluations").asLong()).isEqualTo(totals.get("advances").asLong());
        assertThat(details.get("snapshotsTaken").asLong()).isEqualTo(totals.get("snapshotsTaken").asLong());
        assertThat(details.get("peakSnapshots").asLong()).isEqualTo(totals.get("peakSnapshots").asLong());
        assertThat(details.get("restores").asLong()).isEqualTo(totals.get("restores").asLong());

        assertThat(json.get("reference").get("source").asText()).isEqualTo("hand");
        assertThat(json.get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-12);
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }

    @Test
    void theTextShowsTheOptionsAndTheEnginesOwnCounters() {
        CliRun run = gradient(args("--model", "mlp-depth", "--size", "100", "--model-option", "width=16",
                "--engine", "checkpointed", "--option", "snapshots=5", "--option", "schedule=binomial"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("gradient of model mlp-depth, size 100 {width=16}")
                .contains(mlpDepthParameters(16, 100) + " parameters");
        assertThat(run.outLines()).contains("engine options: schedule=binomial, snapshots=5");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("checkpointed ") && l.contains(" 416 "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("checkpointed details: ")
                && l.contains("tapedStageEvaluations=100") && l.contains("untapedStageEvaluations=316")
                && l.contains("peakSnapshots=") && l.contains("snapshotsTaken=") && l.contains("restores="));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("ok: agree"));
    }

    /**
     * Options with the stage evaluations they must give on L = 100 (width 8): Revolve's p + l (s
     * defaults to √100 = 10, and p(100, 10) = 3·100 − C(13, 2) = 222; s = 1 reruns the chain,
     * p = l(l−1)/2); uniform with k segments, 2l minus the last segment [⌊(k−1)l/k⌋, l), which is
     * taped at once (k defaults to 10); s ≥ l stores every stage, l.
     */
    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of(List.of("schedule=binomial", "snapshots=5"), P_100_5 + 100),
                Arguments.of(List.of("snapshots=1"), 100L * 99 / 2 + 100),
                Arguments.of(List.of("snapshots=3"), Revolve.minimalAdvances(100, 3) + 100),
                Arguments.of(List.<String>of(), 222L + 100),
                Arguments.of(List.of("schedule=uniform"), 2L * 100 - (100 - 9 * 100 / 10)),
                Arguments.of(List.of("schedule=uniform", "segments=7"), 2L * 100 - (100 - 6 * 100 / 7)),
                Arguments.of(List.of("snapshots=100"), 100L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void checkpointedAgreesWithReverseElementByElement(List<String> options, long stageEvaluations) {
        List<String> model = args("--model", "mlp-depth", "--size", "100", "--model-option", "width=8",
                "--format", "json");
        List<String> checkpointedArgs = new ArrayList<>(model);
        checkpointedArgs.addAll(List.of("--engine", "checkpointed"));
        options.forEach(o -> checkpointedArgs.addAll(List.of("--option", o)));
        List<String> reverseArgs = new ArrayList<>(model);
        reverseArgs.addAll(List.of("--engine", "reverse"));
        CliRun checkpointedRun = gradient(checkpointedArgs);
        CliRun reverseRun = gradient(reverseArgs);
        assertThat(checkpointedRun.exitCode()).as(checkpointedRun.err()).isZero();
        assertThat(reverseRun.exitCode()).as(reverseRun.err()).isZero();
        JsonNode checkpointed = checkpointedRun.json().get("results").get(0);
        JsonNode reverse = reverseRun.json().get("results").get(0);
        assertThat(checkpointed.get("stats").get("stageEvaluations").asLong()).isEqualTo(stageEvaluations);
        assertThat(Rho.of(checkpointed.get("value").asDouble(), reverse.get("value").asDouble()))
                .isLessThanOrEqualTo(1e-12);
        JsonNode g = checkpointed.get("gradient");
        JsonNode r = reverse.get("gradient");
        assertThat(g).hasSize((int) mlpDepthParameters(8, 100)).hasSize(r.size());
        for (int i = 0; i < r.size(); i++) {
            assertThat(Rho.of(g.get(i).asDouble(), r.get(i).asDouble())).as("element %d", i).isLessThanOrEqualTo(1e-12);
        }
        assertThat(checkpointedRun.json().get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void odeChainWithTheUniformScheduleMatchesTheHandAdjoint() {
        CliRun run = gradient(args("--model", "ode-chain", "--size", "200", "--engine", "checkpointed",
                "--option", "schedule=uniform", "--format", "json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode stats = json.get("results").get(0).get("stats");
        // k = round(√200) = 14 segments; the last, [⌊13·200/14⌋, 200) = [185, 200), is taped at once.
        assertThat(stats.get("stageEvaluations").asLong()).isEqualTo(2 * 200 - 15);
        assertThat(stats.get("details").get("tapedStageEvaluations").asLong()).isEqualTo(200);
        assertThat(stats.get("details").get("snapshotsTaken").asLong()).isEqualTo(13);
        assertThat(json.get("reference").get("source").asText()).isEqualTo("hand");
        assertThat(json.get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-12);
        assertThat(json.get("agreement").get("ok").asBoolean()).isTrue();
    }

    @Test
    void allEnginesAgreeOnAStagedModel() {
        CliRun run = gradient(args("--model", "ode-chain", "--size", "30", "--format", "json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        List<String> engines = new ArrayList<>();
        json.get("results").forEach(r -> engines.add(r.get("engine").asText()));
        assertThat(engines).contains("forward", "reverse", "checkpointed");
        assertThat(json.get("agreement").get("maxRho").asDouble()).isLessThanOrEqualTo(1e-12);
    }
}
