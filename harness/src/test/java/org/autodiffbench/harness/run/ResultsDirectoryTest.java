package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.ResultsWriteException;
import org.autodiffbench.results.SampleResults;
import org.autodiffbench.results.UnreadableResultsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDirectoryTest {

    private static final Environment ENVIRONMENT = new Environment("vm", "17", "os", "cpu", 2, 1L << 30, null,
            "2026-01-01T00:00:00Z", null);

    @TempDir
    Path folder;

    private final CampaignPlan plan = TestCampaigns.plan("three", 10, List.of(
            TestCampaigns.gradient("forward", "scalar-example", 2),
            TestCampaigns.gradient("reverse", "scalar-example", 2),
            TestCampaigns.gradient("reverse", "scalar-dag", 4)));

    private static CellResult result(CellSpec cell, Outcome outcome) {
        return new CellResult(cell.id(), cell, outcome, null, new Problem(2, 1L, 1, 7L), null, null, null, null, null,
                null, null, null);
    }

    @Test
    void aNewRunStartsWithEveryCellPlannedAndNoneDone() {
        Path dir = folder.resolve("a/b");
        ResultsDirectory directory = ResultsDirectory.create(dir, plan, ENVIRONMENT);
        directory.close();
        CampaignResults written = ResultsFile.read(dir.resolve(ResultsFile.NAME));
        assertThat(written.campaign().plannedCells()).isEqualTo(3);
        assertThat(written.cells()).isEmpty();
        assertThat(written.campaign().fingerprint()).isEqualTo(plan.fingerprint());
        assertThat(written.complete()).isFalse();
        assertThat(Files.isDirectory(dir.resolve(ResultsDirectory.JMH))).isTrue();
        assertThat(directory.resultsFile()).isEqualTo(dir.resolve(ResultsFile.NAME));
    }

    @Test
    void cellsAreWrittenInPlanOrderWhateverOrderTheyFinishIn() {
        try (ResultsDirectory directory = ResultsDirectory.create(folder, plan, ENVIRONMENT)) {
            inPlanOrder(directory);
        }
    }

    private void inPlanOrder(ResultsDirectory directory) {
        directory.record(result(plan.cells().get(2), Outcome.OK));
        directory.record(result(plan.cells().get(0), Outcome.FAILED));
        List<String> ids = ResultsFile.read(directory.resultsFile()).cells().stream().map(CellResult::id).toList();
        assertThat(ids).containsExactly(plan.cells().get(0).id(), plan.cells().get(2).id());
        assertThatThrownBy(() -> directory.record(result(TestCampaigns.gradient("forward", "mlp-width", 8),
                Outcome.OK))).hasMessageContaining("is not in the campaign's plan");
    }

    @Test
    void aResumedRunKeepsWhatWasFinished() {
        CellResult done = result(plan.cells().get(1), Outcome.OK);
        Baseline baseline = new Baseline(plan.cells().get(0).model(), new Problem(2, 1L, 1, 7L), "hand", null, null,
                "a note");
        try (ResultsDirectory first = ResultsDirectory.create(folder, plan, ENVIRONMENT)) {
            first.record(done);
            first.record(baseline);
        }

        try (ResultsDirectory resumed = ResultsDirectory.resume(folder, plan)) {
            assertThat(resumed.finished(plan.cells().get(1))).isTrue();
            assertThat(resumed.finished(plan.cells().get(0))).isFalse();
            assertThat(resumed.results().cells()).containsExactly(done);
            assertThat(resumed.baseline(plan.cells().get(1).model())).contains(baseline);
            assertThat(resumed.results().environment()).isEqualTo(ENVIRONMENT);
            assertThat(resumed.recovery()).isEmpty();
        }
    }

    @Test
    void aDirectoryWithResultsIsNeverOverwritten() {
        ResultsDirectory.create(folder, plan, ENVIRONMENT).close();
        assertThatThrownBy(() -> ResultsDirectory.create(folder, plan, ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(folder + " already holds results.json; finish it with --resume " + folder
                        + " or choose another directory with --out");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> ResultsDirectory.create(file.resolve("results"), plan, ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot write the results directory " + file.resolve("results") + " (")
                .hasMessageEndingWith("); choose a writable directory with --out");
    }

    @Test
    void resumingAnotherCampaignOrAFinishedRunIsRefused() {
        ResultsDirectory.create(folder, plan, ENVIRONMENT).close();
        CampaignPlan other = TestCampaigns.plan("other", 10, plan.cells());
        assertThatThrownBy(() -> ResultsDirectory.resume(folder, other))
                .hasMessage(folder + " was written by a different campaign ('three' from three.json); resume it with"
                        + " the same campaign file and flags");
        try (ResultsDirectory directory = ResultsDirectory.resume(folder, plan)) {
            plan.cells().forEach(c -> directory.record(result(c, Outcome.OK)));
        }
        assertThatThrownBy(() -> ResultsDirectory.resume(folder, plan))
                .hasMessage(folder + " is complete (3 of 3 cells); nothing to resume");
        assertThatThrownBy(() -> ResultsDirectory.resume(folder.resolve("nowhere"), plan))
                .hasMessageStartingWith("no results file at ");
    }

    @Test
    void aDirectoryARunIsWritingIsRefusedToASecondRunUntilTheFirstEnds() {
        ResultsDirectory first = ResultsDirectory.create(folder, plan, ENVIRONMENT);
        first.record(result(plan.cells().get(0), Outcome.OK));
        String refusal = Pattern.quote(folder + " is being written by another autodiffbench run (pid "
                + ProcessHandle.current().pid() + ", started ") + "\\d{4}-\\d\\d-\\d\\dT[^)]+"
                + Pattern.quote("); wait for it or choose another directory");

        assertThatThrownBy(() -> ResultsDirectory.resume(folder, plan))
                .isInstanceOf(IllegalArgumentException.class).hasMessageMatching(refusal);

        first.close();
        try (ResultsDirectory second = ResultsDirectory.resume(folder, plan)) {
            assertThat(second.finished(plan.cells().get(0))).isTrue();
        }
    }

    @Test
    void aRunInAnotherProcessHoldsTheDirectoryUntilThatProcessDies() throws Exception {
        ResultsDirectory.create(folder, plan, ENVIRONMENT).close();
        Process holder = RunLockHolder.start(folder);
        try {
            assertThatThrownBy(() -> ResultsDirectory.resume(folder, plan))
                    .hasMessageStartingWith(folder + " is being written by another autodiffbench run (pid "
                            + holder.pid() + ", started ");
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        try (ResultsDirectory resumed = ResultsDirectory.resume(folder, plan)) {
            assertThat(resumed.results().cells()).isEmpty();
        }
    }

    @Test
    void aTruncatedResultsFileIsRebuiltFromTheJournalWithEveryCompleteCell() throws IOException {
        CampaignPlan five = TestCampaigns.plan("five", 10, List.of(
                TestCampaigns.gradient("forward", "scalar-example", 2),
                TestCampaigns.gradient("reverse", "scalar-example", 2),
                TestCampaigns.gradient("forward", "scalar-dag", 4),
                TestCampaigns.gradient("reverse", "scalar-dag", 4),
                TestCampaigns.gradient("reverse", "scalar-dag", 8)));
        CellResult first = timed(five.cells().get(0), 1200.0);
        CellResult second = timed(five.cells().get(1), 3400.0);
        Baseline baseline = new Baseline(five.cells().get(0).model(), new Problem(2, 1L, 1, 7L), "hand",
                SampleResults.timing(800.0), null, null);
        try (ResultsDirectory run = ResultsDirectory.create(folder, five, ENVIRONMENT)) {
            run.record(baseline);
            run.record(first);
            run.record(second);
        }
        Path results = folder.resolve(ResultsFile.NAME);
        byte[] whole = Files.readAllBytes(results);
        Files.write(results, Arrays.copyOf(whole, whole.length / 2));
        String damage = catchThrowableOfType(UnreadableResultsException.class, () -> ResultsFile.read(results))
                .damage();
        assertThat(damage).startsWith("truncated at line ");

        try (ResultsDirectory resumed = ResultsDirectory.resume(folder, five)) {
            assertThat(resumed.results().cells()).containsExactly(first, second);
            assertThat(resumed.baseline(baseline.model())).contains(baseline);
            assertThat(resumed.results().environment()).isEqualTo(ENVIRONMENT);
            assertThat(resumed.recovery()).contains("recovered 2 of 5 cells from " + folder.resolve("cells.jsonl")
                    + "; results.json was " + damage + "; cells to redo: " + five.cells().get(2).id() + ", "
                    + five.cells().get(3).id() + ", " + five.cells().get(4).id());
            assertThat(ResultsFile.read(results).cells()).containsExactly(first, second);
        }
    }

    @Test
    void aResultsFileOverwrittenByAJmhFileIsRebuiltWithoutTheJournalsTornLine() throws IOException {
        CampaignPlan six = TestCampaigns.plan("six", 10, List.of(
                TestCampaigns.gradient("forward", "scalar-dag", 4), TestCampaigns.gradient("forward", "scalar-dag", 8),
                TestCampaigns.gradient("forward", "scalar-dag", 16), TestCampaigns.gradient("reverse", "scalar-dag", 4),
                TestCampaigns.gradient("reverse", "scalar-dag", 8), TestCampaigns.gradient("reverse", "scalar-dag", 16)));
        CellResult done = timed(six.cells().get(0), 900.0);
        try (ResultsDirectory run = ResultsDirectory.create(folder, six, ENVIRONMENT)) {
            run.record(done);
        }
        Files.writeString(folder.resolve(ResultsFile.NAME), "[{\"benchmark\": \"x.y\"}]");
        Files.writeString(folder.resolve("cells.jsonl"), "{\"cell\": {\"id\": \"forw", StandardOpenOption.APPEND);

        try (ResultsDirectory resumed = ResultsDirectory.resume(folder, six)) {
            assertThat(resumed.results().cells()).containsExactly(done);
            assertThat(resumed.recovery()).contains("recovered 1 of 6 cells from " + folder.resolve("cells.jsonl")
                    + " (1 unreadable line left out); results.json was not a results file (it is a JSON array (a JMH result file?)); cells to redo: "
                    + six.cells().get(1).id() + ", " + six.cells().get(2).id() + ", " + six.cells().get(3).id()
                    + " (and 2 more)");
        }
    }

    @Test
    void aDamagedResultsFileWithoutAJournalSaysNothingCanBeRecovered() throws IOException {
        ResultsDirectory.create(folder, plan, ENVIRONMENT).close();
        Files.delete(folder.resolve("cells.jsonl"));
        Path results = folder.resolve(ResultsFile.NAME);
        Files.writeString(results, "{\"schemaVersion\": 2, \"campa");

        assertThatThrownBy(() -> ResultsDirectory.resume(folder, plan))
                .hasMessageStartingWith("malformed results file " + results + " at line 1, column ")
                .hasMessageEndingWith("; " + folder + " has no cells.jsonl to recover finished cells from: start the"
                        + " run again with --out");
    }

    @Test
    void jmhRawResultsCutShortAreAWriteFailureNotACellResult() throws IOException {
        try (ResultsDirectory directory = ResultsDirectory.create(folder, plan, ENVIRONMENT)) {
            String name = ResultsDirectory.jmhName("1");
            Files.writeString(folder.resolve(name), "[{\"benchmark\": \"x.y\", \"mode\": \"av");

            assertThatThrownBy(() -> directory.requireWhole(name))
                    .isInstanceOfSatisfying(ResultsWriteException.class,
                            e -> assertThat(e.file()).isEqualTo(folder.resolve(name)))
                    .hasMessageContaining("JMH's raw results are cut short");

            Files.writeString(folder.resolve(name), "[{\"benchmark\": \"x.y\", \"mode\": \"avgt\"}]");
            directory.requireWhole(name);
        }
    }

    private static CellResult timed(CellSpec cell, double medianNs) {
        return new CellResult(cell.id(), cell, Outcome.OK, null, new Problem(2, 1L, 1, 7L), null, null, null,
                SampleResults.timing(medianNs), null, "jmh/1.json", "2026-01-01T00:00:01Z", "2026-01-01T00:00:02Z");
    }

    @Test
    void theDefaultLocationIsNamedAfterTheCampaignAndNeverReused() throws IOException {
        Instant now = Instant.parse("2026-03-04T05:06:07Z");
        Path first = ResultsDirectory.defaultLocation(folder, "quick", now);
        assertThat(first.getParent()).isEqualTo(folder.resolve("results"));
        assertThat(first.getFileName().toString()).matches("quick-2026030\\d-\\d{6}");
        Files.createDirectories(first);
        assertThat(ResultsDirectory.defaultLocation(folder, "quick", now).getFileName())
                .hasToString(first.getFileName() + "-2");
    }
}
