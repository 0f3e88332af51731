package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.CampaignReader;
import org.autodiffbench.harness.campaign.ShardPartition;
import org.autodiffbench.harness.campaign.ShardSelection;
import org.autodiffbench.harness.run.ResultsDirectory;
import org.autodiffbench.harness.run.RunEnvironment;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run --shard K/N} and {@code merge} from the command line: three shards run as separate
 * processes (one of them resumed without {@code --shard}) and merged give the cells and outcomes
 * of the same campaign run whole, and {@code report} and {@code compare} read the merged run. A
 * shard that does not exist, a resume with another shard, a shard merged twice and a merge that
 * lacks a shard are refused or reported as the exit codes say.
 */
class ShardedRunTest {

    private static final String CAMPAIGN = """
            {"name": "shard-test", "seed": 1,
             "engines": [{"id": "reverse"}],
             "models": [{"family": "scalar-example"}, {"family": "scalar-dag", "sizes": [4, 8]}],
             "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                        "measurementIterations": 3, "measurementMillis": 20},
             "budget": {"cellSeconds": 30}}
            """;

    @TempDir
    Path folder;

    private Path campaign() throws IOException {
        return Files.writeString(folder.resolve("shard-test.json"), CAMPAIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "1/0", "1/x", "-1/3"})
    void aShardThatDoesNotExistIsRefusedInOneLine(String shard) throws IOException {
        Path out = folder.resolve("out");

        CliRun run = CliRun.of("run", campaign().toString(), "--shard", shard, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: --shard " + shard + " is not a shard: give K/N with"
                + " 1 <= K <= N, e.g. --shard 1/3 for the first of three");
        assertThat(out).doesNotExist();
    }

    @Test
    void threeShardsInSeparateProcessesMergeIntoTheRunOfTheWholeCampaign() throws Exception {
        Path file = campaign();
        Path whole = folder.resolve("whole");
        Path[] shards = {folder.resolve("shard-1"), folder.resolve("shard-2"), folder.resolve("shard-3")};
        CampaignPlan plan = CampaignReader.read(file, false);
        Shard third = ShardPartition.shard(plan, new ShardSelection(3, 3));
        ResultsDirectory.create(shards[2], ShardPartition.planOf(plan, third), RunEnvironment.capture(folder), third)
                .close();

        CliRun otherShard = CliRun.of("run", file.toString(), "--resume", shards[2].toString(), "--shard", "2/3");
        assertThat(otherShard.exitCode()).isEqualTo(2);
        assertThat(otherShard.errLines()).containsExactly("error: " + shards[2] + " is shard 3/3, not shard 2/3;"
                + " resume it without --shard, and it keeps its own");

        List<Process> processes = List.of(
                start(1, "run", file.toString(), "--shard", "1/3", "--out", shards[0].toString()),
                start(2, "run", file.toString(), "--shard", "2/3", "--out", shards[1].toString()),
                start(3, "run", file.toString(), "--resume", shards[2].toString()));
        CliRun unsharded = CliRun.of("run", file.toString(), "--out", whole.toString());
        assertThat(unsharded.exitCode()).as(unsharded.err()).isZero();
        for (int k = 0; k < 3; k++) {
            assertThat(processes.get(k).waitFor(5, TimeUnit.MINUTES)).as("shard %d finishes", k + 1).isTrue();
            assertThat(processes.get(k).exitValue()).as(Files.readString(stderr(k + 1))).isZero();
        }
        assertThat(Files.readAllLines(stderr(3))).contains("resuming " + shards[2] + ": 0 of 1 cells done");
        for (int k = 0; k < 3; k++) {
            CampaignResults shard = ResultsFile.read(shards[k].resolve(ResultsFile.NAME));
            assertThat(shard.shard().label()).isEqualTo((k + 1) + "/3");
            assertThat(shard.complete()).isTrue();
            assertThat(shard.cells()).hasSize(1);
        }

        Path merged = folder.resolve("merged");
        CliRun merge = CliRun.of("merge", shards[2].toString(), shards[0].toString(), shards[1].toString(), "--out",
                merged.toString());
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.outLines()).contains("results: " + merged.resolve(ResultsFile.NAME),
                "report: " + merged.resolve("report").resolve("index.html"));
        CampaignResults all = ResultsFile.read(whole.resolve(ResultsFile.NAME));
        CampaignResults joined = ResultsFile.read(merged.resolve(ResultsFile.NAME));
        assertThat(joined.complete()).isTrue();
        assertThat(joined.cells().stream().map(CellResult::id))
                .containsExactlyElementsOf(all.cells().stream().map(CellResult::id).toList());
        assertThat(outcomes(joined)).isEqualTo(outcomes(all)).containsValue(Outcome.OK);
        assertThat(joined.shards()).hasSize(3);
        assertThat(joined.baselines()).hasSize(all.baselines().size());
        assertThat(Files.readString(merged.resolve("report").resolve("index.html"))).contains("Merged from 3 shards");

        CliRun report = CliRun.of("report", merged.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        CliRun itself = CliRun.of("compare", merged.toString(), merged.toString());
        assertThat(itself.exitCode()).as(itself.out() + itself.err()).isZero();
        CliRun againstWhole = CliRun.of("compare", whole.toString(), merged.toString());
        assertThat(againstWhole.exitCode()).as(againstWhole.out() + againstWhole.err()).isIn(0, 1);
        assertThat(againstWhole.out()).contains(" 0 broken, 0 missing, ").contains("0 only in old, 0 only in new");

        Path partial = folder.resolve("partial");
        CliRun lacking = CliRun.of("merge", shards[0].toString(), shards[2].toString(), "--out", partial.toString());
        assertThat(lacking.exitCode()).as(lacking.err()).isEqualTo(4);
        List<String> secondShard = ResultsFile.read(shards[1].resolve(ResultsFile.NAME)).cells().stream()
                .map(c -> "missing: " + c.id() + " (its shard was not given: one of shards 2/3)").toList();
        assertThat(lacking.errLines()).containsSubsequence(List.of("error: 1 of 3 cells have no result in the shards"
                + " given:", secondShard.get(0)));
        assertThat(ResultsFile.read(partial.resolve(ResultsFile.NAME)).cells()).hasSize(2);
        CliRun allowed = CliRun.of("merge", shards[0].toString(), shards[2].toString(), "--out",
                folder.resolve("allowed").toString(), "--allow-missing");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.errLines()).contains("warning: 1 of 3 cells have no result in the shards given:");

        Path twice = folder.resolve("twice");
        CliRun duplicate = CliRun.of("merge", shards[0].toString(), shards[1].toString(), shards[0].toString(),
                "--out", twice.toString());
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.errLines()).containsExactly("error: shard 1/3 is given twice (" + shards[0] + " and "
                + shards[0] + "); give each shard once");
        assertThat(twice).doesNotExist();
    }

    private static Map<String, Outcome> outcomes(CampaignResults results) {
        return results.cells().stream().collect(Collectors.toMap(CellResult::id, CellResult::outcome));
    }

    /** {@code autodiffbench ARGS} in a JVM of its own, as a CI job or a Slurm task would start it. */
    private Process start(int shard, String... args) throws IOException {
        return CliProcess.start(ProcessBuilder.Redirect.to(stderr(shard).toFile()), args);
    }

    private Path stderr(int shard) {
        return folder.resolve("stderr-" + shard + ".txt");
    }
}
