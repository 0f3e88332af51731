package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ResultsFile;
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
        ResultsDirectory directory = ResultsDirectory.create(folder, plan, ENVIRONMENT);
        directory.record(result(plan.cells().get(2), Outcome.OK));
        directory.record(result(plan.cells().get(0), Outcome.FAILED));
        List<String> ids = ResultsFile.read(directory.resultsFile()).cells().stream().map(CellResult::id).toList();
        assertThat(ids).containsExactly(plan.cells().get(0).id(), plan.cells().get(2).id());
        assertThatThrownBy(() -> directory.record(result(TestCampaigns.gradient("forward", "mlp-width", 8),
                Outcome.OK))).hasMessageContaining("is not in the campaign's plan");
    }

    @Test
    void aResumedRunKeepsWhatWasFinished() {
        ResultsDirectory first = ResultsDirectory.create(folder, plan, ENVIRONMENT);
        CellResult done = result(plan.cells().get(1), Outcome.OK);
        first.record(done);
        Baseline baseline = new Baseline(plan.cells().get(0).model(), new Problem(2, 1L, 1, 7L), "hand", null, null,
                "a note");
        first.record(baseline);

        ResultsDirectory resumed = ResultsDirectory.resume(folder, plan);
        assertThat(resumed.finished(plan.cells().get(1))).isTrue();
        assertThat(resumed.finished(plan.cells().get(0))).isFalse();
        assertThat(resumed.results().cells()).containsExactly(done);
        assertThat(resumed.baseline(plan.cells().get(1).model())).contains(baseline);
        assertThat(resumed.results().environment()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void aDirectoryWithResultsIsNeverOverwritten() {
        ResultsDirectory.create(folder, plan, ENVIRONMENT);
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
        ResultsDirectory directory = ResultsDirectory.create(folder, plan, ENVIRONMENT);
        CampaignPlan other = TestCampaigns.plan("other", 10, plan.cells());
        assertThatThrownBy(() -> ResultsDirectory.resume(folder, other))
                .hasMessage(folder + " was written by a different campaign ('three' from three.json); resume it with"
                        + " the same campaign file and flags");
        plan.cells().forEach(c -> directory.record(result(c, Outcome.OK)));
        assertThatThrownBy(() -> ResultsDirectory.resume(folder, plan))
                .hasMessage(folder + " is complete (3 of 3 cells); nothing to resume");
        assertThatThrownBy(() -> ResultsDirectory.resume(folder.resolve("nowhere"), plan))
                .hasMessageStartingWith("no results file at ");
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
