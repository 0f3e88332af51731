package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.CampaignReader;
import org.autodiffbench.harness.run.ResultsDirectory;
import org.autodiffbench.harness.run.RunEnvironment;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.SampleResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} from the command line: a run killed with -9 in the middle is finished by
 * {@code --resume} without losing or repeating a cell, and bad input (a bad campaign, a results
 * directory of another campaign or a finished one, a directory that cannot be written) exits 2
 * before anything runs. A run that cannot write its results, or is interrupted, says how to finish it.
 */
class RunCommandTest {

    private static final String CAMPAIGN = """
            {"name": "resume-test", "seed": 1,
             "engines": [{"id": "forward"}, {"id": "reverse"}],
             "models": [{"family": "scalar-example"}, {"family": "scalar-dag", "sizes": [4, 8]}],
             "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                        "measurementIterations": 3, "measurementMillis": 20},
             "budget": {"cellSeconds": 30}}
            """;

    @TempDir
    Path folder;

    private Path campaign(String json) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "campaign", ".json"), json);
    }

    @Test
    void aRunKilledMidwayIsFinishedByResumeWithEveryCellOnce() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path dir = folder.resolve("run");
        Path results = dir.resolve(ResultsFile.NAME);
        Process run = startRun(file, dir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (cellsIn(results) < 2) {
                assertThat(run.isAlive()).as("the run ended before it was killed").isTrue();
                assertThat(System.nanoTime()).as("two cells within two minutes").isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            run.destroyForcibly();
            run.waitFor();
        }
        CampaignResults killed = ResultsFile.read(results);
        assertThat(killed.complete()).isFalse();
        assertNoCellJvmOutlives(dir);

        CliRun resumed = CliRun.of("run", file.toString(), "--resume", dir.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.errLines().get(0))
                .isEqualTo("resuming " + dir + ": " + killed.cells().size() + " of 6 cells done");
        assertThat(resumed.outLines()).contains("results: " + results);

        CampaignResults finished = ResultsFile.read(results);
        assertThat(finished.complete()).isTrue();
        List<String> ids = finished.cells().stream().map(CellResult::id).toList();
        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        Map<String, CellResult> byId = finished.cells().stream()
                .collect(Collectors.toMap(CellResult::id, Function.identity()));
        for (CellResult before : killed.cells()) {
            assertThat(byId.get(before.id())).isEqualTo(before);
        }
        assertThat(finished.baselines().stream().map(Baseline::model).toList()).hasSize(3).doesNotHaveDuplicates();
        assertThat(finished.environment().startedAt()).isEqualTo(killed.environment().startedAt());
        assertThat(finished.environment().finishedAt()).isNotNull();

        CliRun again = CliRun.of("run", file.toString(), "--resume", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.errLines()).containsExactly("error: " + dir + " is complete (6 of 6 cells); nothing to resume");
        assertThat(ResultsFile.read(results)).isEqualTo(finished);
    }

    @Test
    void resumingWithAnotherCampaignOrFlagsIsRefusedAndChangesNothing() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path dir = startedRun(file, false);
        String before = Files.readString(dir.resolve(ResultsFile.NAME));

        Path other = campaign(CAMPAIGN.replace("resume-test", "other-test"));
        CliRun renamed = CliRun.of("run", other.toString(), "--resume", dir.toString());
        assertThat(renamed.exitCode()).isEqualTo(2);
        assertThat(renamed.errLines()).containsExactly("error: " + dir + " was written by a different campaign"
                + " ('resume-test' from " + file + "); resume it with the same campaign file and flags");

        CliRun quick = CliRun.of("run", file.toString(), "--quick", "--resume", dir.toString());
        assertThat(quick.exitCode()).isEqualTo(2);
        assertThat(quick.err()).contains("was written by a different campaign");
        assertThat(Files.readString(dir.resolve(ResultsFile.NAME))).isEqualTo(before);
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        CliRun run = CliRun.of("run", file.toString(), "--out", notAFolder.resolve("results").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: cannot write the results directory "
                + notAFolder.resolve("results") + " (").endsWith("); choose a writable directory with --out");
    }

    @Test
    void aBadCampaignListsEveryProblemOnALineOfItsOwn() throws Exception {
        Path file = campaign("""
                {"name": "bad", "engines": [{"id": "no-such-engine"}], "models": [{"family": "no-such-family"}]}
                """);
        CliRun run = CliRun.of("run", file.toString(), "--out", folder.resolve("never").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.startsWith("error: "));
        assertThat(run.err()).contains("no-such-engine").contains("no-such-family");
        assertThat(folder.resolve("never")).doesNotExist();
    }

    @Test
    void outAndResumeTogetherAreRefused() throws Exception {
        Path file = campaign(CAMPAIGN);
        CliRun run = CliRun.of("run", file.toString(), "--out", folder.resolve("a").toString(), "--resume",
                folder.resolve("b").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "error: --out starts a new run and --resume finishes an old one; give one of them");
    }

    @Test
    void aRunWhoseResultsCannotBeWrittenStopsWithTheResumeCommandAndKeepsWhatItHad() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path dir = Files.createDirectories(folder.resolve("run"));
        Path results = dir.resolve(ResultsFile.NAME);
        CampaignPlan plan = CampaignReader.read(file, false);
        CampaignResults earlier = new CampaignResults(new Campaign(plan.name(), plan.file(), plan.fingerprint(),
                plan.quick(), plan.cells().size(), plan.source()), SampleResults.environment(), List.of(),
                List.of(finishedEarlier(plan.cells().get(0))));
        ResultsFile.write(results, earlier);
        // whatever the run writes next goes through results.json.tmp, and a folder is in its way
        Files.createDirectories(dir.resolve(ResultsFile.NAME + ".tmp").resolve("in-the-way"));

        CliRun run = CliRun.of("run", file.toString(), "--resume", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        List<String> errors = run.errLines().stream().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("error: cannot write " + results + " on ")
                .endsWith(": " + dir.resolve(ResultsFile.NAME + ".tmp") + ": Is a directory; free space and finish"
                        + " the run with: autodiffbench run " + file + " --resume " + dir);
        assertThat(run.err()).doesNotContain("internal");
        assertThat(ResultsFile.read(results)).isEqualTo(earlier);
    }

    private static CellResult finishedEarlier(CellSpec cell) {
        return new CellResult(cell.id(), cell, Outcome.OK, null, SampleResults.problem(4), null, null, null,
                SampleResults.timing(1500.0), null, "jmh/1.json", "2026-01-01T00:00:01Z", "2026-01-01T00:00:02Z");
    }

    @Test
    void aDirectoryGivenAsTheCampaignSaysHowToResumeIt() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("results").resolve("x"));
        CliRun run = CliRun.of("run", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: " + dir + " is a directory, not a campaign file; give a"
                + " campaign .json (e.g. campaigns/quick.json), or use --resume " + dir + " to finish a run");
    }

    @Test
    void aResumeThatCannotStartItsJournalStopsBeforeRunningAnything() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path dir = startedRun(file, true);
        String before = Files.readString(dir.resolve(ResultsFile.NAME));
        Files.createDirectories(dir.resolve("cells.jsonl.tmp").resolve("in-the-way"));

        CliRun run = CliRun.of("run", file.toString(), "--quick", "--resume", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: cannot write " + dir.resolve("cells.jsonl") + " on ")
                .endsWith("; free space and finish the run with: autodiffbench run " + file + " --quick --resume "
                        + dir);
        assertThat(Files.readString(dir.resolve(ResultsFile.NAME))).isEqualTo(before);
    }

    @Test
    void anInterruptedRunPrintsTheCommandThatFinishesIt() throws Exception {
        Path file = campaign(CAMPAIGN);
        Path dir = startedRun(file, false);
        Path stderr = folder.resolve("stderr.txt");
        Process run = startRun(ProcessBuilder.Redirect.to(stderr.toFile()), "run", file.toString(), "--resume",
                dir.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(stderr).contains("resuming ")) {
                assertThat(run.isAlive()).as("the run ended before it was interrupted").isTrue();
                assertThat(System.nanoTime()).as("started within a minute").isLessThan(deadline);
                Thread.sleep(50);
            }
            run.destroy(); // SIGTERM, which runs shutdown hooks as Ctrl-C's SIGINT does
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroyForcibly();
        }
        assertThat(Files.readAllLines(stderr)).contains("interrupted; finish the run with: autodiffbench run " + file
                + " --resume " + dir);
        assertNoCellJvmOutlives(dir);
    }

    /** A run of {@code file} that was started and stopped before its first cell, in {@code run/}. */
    private Path startedRun(Path file, boolean quick) {
        Path dir = folder.resolve("run");
        ResultsDirectory.create(dir, CampaignReader.read(file, quick), RunEnvironment.capture(folder)).close();
        return dir;
    }

    /** {@code autodiffbench run FILE --out DIR} in a JVM of its own, as a user would start it. */
    private static Process startRun(Path file, Path dir) throws IOException {
        return startRun(ProcessBuilder.Redirect.DISCARD, "run", file.toString(), "--out", dir.toString());
    }

    /** {@code autodiffbench ARGS} in a JVM of its own, its stderr going to {@code stderr}. */
    private static Process startRun(ProcessBuilder.Redirect stderr, String... args) throws IOException {
        return CliProcess.start(stderr, args);
    }

    private static int cellsIn(Path results) {
        if (!Files.exists(results)) {
            return 0;
        }
        return ResultsFile.read(results).cells().size();
    }

    /** The killed run's cell JVMs see their stdin close and end, with their JMH forks. */
    private static void assertNoCellJvmOutlives(Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> left;
        do {
            Thread.sleep(100);
            left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(dir + File.separator)).orElse(false))
                    .toList();
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        assertThat(left).as("cell JVMs still running after their campaign was killed").isEmpty();
    }
}
