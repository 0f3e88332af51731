package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code schedule} against the minimal advances p(l, s) = t·l − C(s+t, t−1) of binomial
 * checkpointing, t the least repetition number with β(s, t) = C(s+t, s) ≥ l (Griewank and
 * Walther, "Algorithm 799: Revolve", ACM TOMS 26(1), 2000), both as tabulated and as the
 * recurrence they solve, and its action listing replayed on a chain to show that it really
 * reverses every stage.
 */
class ScheduleCommandTest {

    private static JsonNode json(String... args) {
        String[] all = Stream.concat(Stream.of("schedule", "--format", "json"), Stream.of(args)).toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.json();
    }

    /** Revolve's table (Griewank and Walther, ACM TOMS 26(1), 2000): l, s, t, p(l, s). */
    @ParameterizedTest(name = "p({0}, {1}) = {3}")
    @CsvSource({"10,1,9,45", "10,2,3,20", "10,3,2,15", "20,3,3,45", "55,3,5,205", "56,5,3,140", "100,5,4,316",
        "100,10,3,222", "1000,10,4,3636"})
    void binomialTotalsMatchTheReferenceTable(int l, int s, int t, long p) {
        JsonNode json = json("--stages", "" + l, "--snapshots", "" + s);
        assertThat(json.get("schedule").asText()).isEqualTo("binomial");
        assertThat(json.get("stages").asInt()).isEqualTo(l);
        assertThat(json.get("snapshots").asInt()).isEqualTo(s);
        assertThat(json.get("repetitions").asInt()).isEqualTo(t);
        JsonNode totals = json.get("totals");
        assertThat(totals.get("advances").asLong()).isEqualTo(p);
        assertThat(totals.get("tapedSteps").asLong()).isEqualTo(l);
        assertThat(totals.get("adjointSteps").asLong()).isEqualTo(l);
        assertThat(totals.get("stageEvaluations").asLong()).isEqualTo(p + l);
        assertThat(totals.get("peakSnapshots").asInt()).isBetween(1, s);
        assertThat(totals.get("peakTapedStages").asInt()).isEqualTo(1);
        assertThat(json.get("check").get("p").asLong()).isEqualTo(p);
        assertThat(json.get("check").get("binomial").asLong()).isEqualTo((long) t * l - p);
        assertThat(json.get("check").get("ok").asBoolean()).isTrue();
    }

    /** m(1, s) = 0; m(n, 1) = n(n−1)/2; m(n, s) = min over 1 ≤ i &lt; n of i + m(i, s) + m(n−i, s−1). */
    private static long[][] recurrence(int maxStages, int maxSnapshots) {
        long[][] m = new long[maxStages + 1][maxSnapshots + 1];
        for (int n = 1; n <= maxStages; n++) {
            for (int s = 1; s <= maxSnapshots; s++) {
                if (n == 1) {
                    m[n][s] = 0;
                } else if (s == 1) {
                    m[n][s] = (long) n * (n - 1) / 2;
                } else {
                    long best = Long.MAX_VALUE;
                    for (int i = 1; i < n; i++) {
                        best = Math.min(best, i + m[i][s] + m[n - i][s - 1]);
                    }
                    m[n][s] = best;
                }
            }
        }
        return m;
    }

    @Test
    void binomialAdvancesFollowTheRecurrence() {
        long[][] m = recurrence(30, 5);
        for (int l = 2; l <= 30; l++) {
            for (int s = 1; s <= 5 && s < l; s++) {
                JsonNode totals = json("--stages", "" + l, "--snapshots", "" + s).get("totals");
                assertThat(totals.get("advances").asLong()).as("p(%d, %d)", l, s).isEqualTo(m[l][s]);
            }
        }
    }

    static Stream<Arguments> listedSchedules() {
        return Stream.of(
                Arguments.of(List.of("--stages", "10", "--snapshots", "3"), 3),
                Arguments.of(List.of("--stages", "23", "--snapshots", "1", "--actions"), 1),
                Arguments.of(List.of("--stages", "37", "--snapshots", "4", "--actions"), 4),
                Arguments.of(List.of("--stages", "12", "--schedule", "uniform", "--segments", "5", "--actions"), 5),
                Arguments.of(List.of("--stages", "17", "--schedule", "uniform", "--actions"), 4),
                Arguments.of(List.of("--stages", "6", "--snapshots", "6"), 0));
    }

    /**
     * Replays the JSON action list on a chain: a stage is advanced or taped only from its own
     * input, a restore needs a held snapshot, snapshots are freed last in first out, every stage
     * gets one adjoint step from the last to the first, each from a taped stage still alive.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("listedSchedules")
    void theListedActionsReverseTheWholeChain(List<String> args, int maxSnapshots) {
        JsonNode json = json(args.toArray(String[]::new));
        int stages = json.get("stages").asInt();
        JsonNode actions = json.get("actions");
        assertThat(actions).hasSize(json.get("actionCount").asInt());
        int position = 0;
        int nextAdjoint = stages - 1;
        Deque<Integer> held = new ArrayDeque<>();
        Deque<Integer> tapes = new ArrayDeque<>();
        long advances = 0;
        long restores = 0;
        int peakHeld = 0;
        for (JsonNode action : actions) {
            int stage = action.get("stage").asInt();
            String where = action.toString();
            switch (action.get("kind").asText()) {
                case "take-snapshot" -> {
                    assertThat(position).as(where).isEqualTo(stage);
                    held.push(stage);
                    peakHeld = Math.max(peakHeld, held.size());
                }
                case "advance" -> {
                    assertThat(position).as(where).isEqualTo(stage);
                    position = stage + 1;
                    advances++;
                }
                case "restore" -> {
                    assertThat(held).as(where).contains(stage);
                    position = stage;
                    restores++;
                }
                case "taped-step" -> {
                    assertThat(position).as(where).isEqualTo(stage);
                    tapes.push(stage);
                    position = stage + 1;
                }
                case "adjoint-step" -> {
                    assertThat(stage).as(where).isEqualTo(nextAdjoint);
                    assertThat(tapes.pop()).as(where).isEqualTo(stage);
                    nextAdjoint--;
                }
                case "free-snapshot" -> assertThat(held.pop()).as(where).isEqualTo(stage);
                default -> throw new AssertionError("unknown action " + where);
            }
        }
        assertThat(nextAdjoint).isEqualTo(-1);
        assertThat(held).isEmpty();
        assertThat(tapes).isEmpty();
        assertThat(peakHeld).isLessThanOrEqualTo(maxSnapshots);
        JsonNode totals = json.get("totals");
        assertThat(totals.get("advances").asLong()).isEqualTo(advances);
        assertThat(totals.get("restores").asLong()).isEqualTo(restores);
        assertThat(totals.get("peakSnapshots").asInt()).isEqualTo(peakHeld);
    }

    @Test
    void theTextShowsTotalsTheCheckAndFoldedActions() {
        CliRun run = CliRun.of("schedule", "--stages", "10", "--snapshots", "3");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("binomial schedule: 10 stages, 3 snapshots "
                + "(the stored initial state counts as one)");
        assertThat(lines).anyMatch(l -> l.matches("repetition number t\\s+2"));
        assertThat(lines).anyMatch(l -> l.matches("advances p\\(l, s\\)\\s+15"));
        assertThat(lines).anyMatch(l -> l.matches("stage evaluations p \\+ l\\s+25"));
        assertThat(lines).anyMatch(l -> l.matches("peak snapshots held\\s+3"));
        assertThat(lines).contains("check: p(10, 3) = t·l − C(s+t, t−1) = 2·10 − C(5, 1) = 20 − 5 = 15; "
                + "Revolve.minimalAdvances gives 15; the schedule advances 15 times: ok");
        int header = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("actions (")).findFirst()
                .orElseThrow();
        List<String> listing = lines.subList(header + 1, lines.size());
        assertThat(listing.get(0)).isEqualTo("  take-snapshot 0");
        assertThat(listing).contains("  advance 0–3").allMatch(l -> l.startsWith("  "));
        assertThat(expandedAdvances(listing)).isEqualTo(15);
        int count = Integer.parseInt(lines.get(header).replaceAll("actions \\((\\d+),.*", "$1"));
        assertThat(expandedActions(listing)).isEqualTo(count);
    }

    @Test
    void aLongListingNeedsTheActionsFlag() {
        CliRun quiet = CliRun.of("schedule", "--stages", "100", "--snapshots", "5");
        assertThat(quiet.exitCode()).isZero();
        List<String> lines = quiet.outLines();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ actions; add --actions to list them");
        int count = Integer.parseInt(lines.get(lines.size() - 1).split(" ")[0]);
        JsonNode json = json("--stages", "100", "--snapshots", "5");
        assertThat(json.has("actions")).isFalse();
        assertThat(json.get("actionCount").asInt()).isEqualTo(count);

        CliRun listed = CliRun.of("schedule", "--stages", "100", "--snapshots", "5", "--actions");
        List<String> all = listed.outLines();
        int header = all.indexOf("actions (" + count + ", runs of advances folded):");
        assertThat(header).isPositive();
        List<String> listing = all.subList(header + 1, all.size());
        assertThat(listing.size()).isGreaterThan(ScheduleCommand.LISTED_BY_DEFAULT);
        assertThat(expandedActions(listing)).isEqualTo(count);
        assertThat(expandedAdvances(listing)).isEqualTo(316);
    }

    /** Counts the actions a listing stands for: {@code advance a–b} is b − a + 1 of them. */
    private static long expandedActions(List<String> listing) {
        return listing.stream().mapToLong(ScheduleCommandTest::width).sum();
    }

    private static long expandedAdvances(List<String> listing) {
        return listing.stream().filter(l -> l.strip().startsWith("advance ")).mapToLong(ScheduleCommandTest::width)
                .sum();
    }

    private static long width(String line) {
        String stages = line.strip().split(" ")[1];
        if (!stages.contains("–")) {
            return 1;
        }
        String[] ends = stages.split("–");
        return Long.parseLong(ends[1]) - Long.parseLong(ends[0]) + 1;
    }

    @Test
    void snapshotsAndSegmentsDefaultToTheRoundedSquareRoot() {
        // √50 = 7.07…
        assertThat(json("--stages", "50").get("snapshots").asInt()).isEqualTo(7);
        JsonNode uniform = json("--stages", "50", "--schedule", "uniform");
        assertThat(uniform.get("schedule").asText()).isEqualTo("uniform");
        assertThat(uniform.get("segments").asInt()).isEqualTo(7);
        assertThat(uniform.has("snapshots")).isFalse();
        // The last segment, [⌊6·50/7⌋, 50) = [42, 50), is taped at once: 2·50 − 8 evaluations.
        assertThat(uniform.get("totals").get("stageEvaluations").asLong()).isEqualTo(92);
        assertThat(uniform.get("totals").get("peakTapedStages").asInt()).isEqualTo(8);
        assertThat(uniform.has("check")).isFalse();
    }

    @Test
    void asManySnapshotsAsStagesStoresEverything() {
        JsonNode json = json("--stages", "5", "--snapshots", "9");
        assertThat(json.get("schedule").asText()).isEqualTo("store-all");
        assertThat(json.get("snapshots").asInt()).isEqualTo(9);
        JsonNode totals = json.get("totals");
        assertThat(totals.get("advances").asLong()).isZero();
        assertThat(totals.get("stageEvaluations").asLong()).isEqualTo(5);
        assertThat(totals.get("peakTapedStages").asInt()).isEqualTo(5);
        assertThat(json.has("check")).isFalse();
        CliRun text = CliRun.of("schedule", "--stages", "5", "--snapshots", "5");
        assertThat(text.exitCode()).isZero();
        assertThat(text.outLines().get(0)).startsWith("store-all schedule: 5 stages, 5 snapshots");
        assertThat(text.outLines()).anyMatch(l -> l.startsWith("snapshots >= stages: every stage is taped"));
        assertThat(json("--stages", "1").get("schedule").asText()).isEqualTo("store-all");
    }

    @Test
    void theScheduleNameIgnoresCase() {
        assertThat(json("--stages", "9", "--schedule", "Uniform").get("segments").asInt()).isEqualTo(3);
    }
}
