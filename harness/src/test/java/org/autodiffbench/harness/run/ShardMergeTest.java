package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.CampaignReader;
import org.autodiffbench.harness.campaign.ShardPartition;
import org.autodiffbench.harness.campaign.ShardSelection;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.SampleResults;
import org.autodiffbench.results.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joining shards: the merged run holds every cell once in plan order, each with the environment of
 * the shard that measured it and its JMH file; missing cells are named with the shard that owes
 * them; shards that do not belong together are refused before anything is written.
 */
class ShardMergeTest {

    private static final String CAMPAIGN = """
            {"name": "merge-test", "seed": 1,
             "engines": [{"id": "forward"}, {"id": "reverse"}],
             "models": [{"family": "scalar-example"}, {"family": "scalar-dag", "sizes": [4, 8]}],
             "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                        "measurementIterations": 3, "measurementMillis": 20}}
            """;

    @TempDir
    Path folder;

    private CampaignPlan plan(String json) throws IOException {
        return CampaignReader.read(Files.writeString(Files.createTempFile(folder, "campaign", ".json"), json), false);
    }

    /** Shard K/3 of the plan in {@code shard-K}, measured on {@code node-K}, its first {@code cells} cells finished. */
    private Path shard(CampaignPlan plan, int index, int cells) throws IOException {
        Shard shard = ShardPartition.shard(plan, new ShardSelection(index, 3));
        CampaignPlan part = ShardPartition.planOf(plan, shard);
        Path dir = folder.resolve("shard-" + index + "-" + plan.name());
        try (ResultsDirectory directory = ResultsDirectory.create(dir, part, host("node-" + index), shard)) {
            for (int i = 0; i < cells; i++) {
                CellSpec cell = part.cells().get(i);
                Files.writeString(dir.resolve(ResultsDirectory.jmhName(Integer.toString(i + 1))), "[]");
                directory.record(new CellResult(cell.id(), cell, Outcome.OK, null, SampleResults.problem(4), null,
                        null, null, SampleResults.timing(1000.0 * index + i), null,
                        ResultsDirectory.jmhName(Integer.toString(i + 1)), "2026-01-01T00:00:0" + index + "Z",
                        "2026-01-01T00:00:0" + index + "Z"));
            }
            if (cells == part.cells().size()) {
                directory.finish();
            }
        }
        return dir;
    }

    private static Environment host(String host) {
        Environment e = SampleResults.environment();
        return new Environment(e.jvmName(), e.jvmVersion(), e.os(), e.cpu(), e.cores(), e.maxHeapBytes(),
                e.gitCommit(), e.startedAt(), null, e.kernels(), host);
    }

    @Test
    void theMergedRunHasEveryCellOnceInPlanOrderWithItsShardsEnvironmentAndJmhFile() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        // scalar-example (6.32 s) → 1, scalar-dag 4 (5.24 s) → 2, scalar-dag 8 → 3: two cells each
        Path first = shard(plan, 1, 2);
        Path second = shard(plan, 2, 2);
        Path third = shard(plan, 3, 2);
        Path out = folder.resolve("merged");

        ShardMerge.Merged merged = ShardMerge.of(List.of(third, first, second.resolve(ResultsFile.NAME)));
        ShardMerge.write(merged, out);

        CampaignResults results = ResultsFile.read(out.resolve(ResultsFile.NAME));
        assertThat(merged.missing()).isEmpty();
        assertThat(results.complete()).isTrue();
        assertThat(results.shard()).isNull();
        assertThat(results.campaign().plannedCells()).isEqualTo(6);
        assertThat(results.campaign().fingerprint()).isEqualTo(plan.fingerprint());
        assertThat(results.cells().stream().map(CellResult::id))
                .containsExactlyElementsOf(plan.cells().stream().map(CellSpec::id).toList());
        assertThat(results.shards().stream().map(s -> s.shard().label())).containsExactly("1/3", "2/3", "3/3");
        assertThat(results.shards().stream().map(MeasuredShard::environment).map(Environment::host))
                .containsExactly("node-1", "node-2", "node-3");
        for (CellResult cell : results.cells()) {
            int index = cell.spec().model().family().equals("scalar-example") ? 1
                    : cell.spec().model().size() == 4 ? 2 : 3;
            assertThat(results.environmentOf(cell).host()).as(cell.id()).isEqualTo("node-" + index);
            assertThat(cell.medianNs()).isBetween(1000.0 * index, 1000.0 * index + 1);
            assertThat(cell.jmhFile()).startsWith("jmh/shard-" + index + "/");
            assertThat(out.resolve(cell.jmhFile())).isRegularFile();
        }
        assertThat(results.machines(results.cells())).containsExactly("node-1", "node-2", "node-3");
        assertThat(results.environment().finishedAt()).isNotNull();
    }

    @Test
    void missingCellsAreNamedWithTheShardThatOwesThem() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        Path first = shard(plan, 1, 1);
        Path third = shard(plan, 3, 2);

        ShardMerge.Merged merged = ShardMerge.of(List.of(first, third));

        assertThat(merged.results().complete()).isFalse();
        assertThat(merged.results().cells()).hasSize(3);
        assertThat(merged.results().environment().finishedAt()).as("a shard is unfinished, one was not given").isNull();
        assertThat(merged.missing()).containsExactly(
                "reverse|scalar-example|2|gradient (shard 1/3 has not measured it; resume that shard)",
                "forward|scalar-dag|4|gradient (its shard was not given: one of shards 2/3)",
                "reverse|scalar-dag|4|gradient (its shard was not given: one of shards 2/3)");
    }

    @Test
    void aShardGivenTwiceIsRefusedAndNothingIsWritten() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        Path first = shard(plan, 1, 2);
        Path second = shard(plan, 2, 2);

        assertThatThrownBy(() -> ShardMerge.of(List.of(first, second, first)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard 1/3 is given twice (" + first + " and " + first + "); give each shard once");
    }

    @Test
    void shardsOfTwoCampaignsAreRefused() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        CampaignPlan other = plan(CAMPAIGN.replace("merge-test", "other-test"));
        Path first = shard(plan, 1, 2);
        Path second = shard(other, 2, 2);

        assertThatThrownBy(() -> ShardMerge.of(List.of(first, second)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(second + " and " + first + " are shards of different campaigns ('other-test' from "
                        + other.file() + " and 'merge-test' from " + plan.file() + "); merge shards of one campaign"
                        + " file run with the same flags");
    }

    @Test
    void aRunThatIsNotAShardIsRefused() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        Path whole = folder.resolve("whole");
        ResultsDirectory.create(whole, plan, SampleResults.environment()).close();

        assertThatThrownBy(() -> ShardMerge.of(List.of(whole)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(whole + " is not a shard: merge the results directories of 'autodiffbench run"
                        + " CAMPAIGN.json --shard K/N'");
    }

    @Test
    void anOutputThatHoldsResultsIsRefusedAndLeftAsItWas() throws IOException {
        CampaignPlan plan = plan(CAMPAIGN);
        Path first = shard(plan, 1, 2);
        ShardMerge.Merged merged = ShardMerge.of(List.of(first));
        byte[] before = Files.readAllBytes(first.resolve(ResultsFile.NAME));

        assertThatThrownBy(() -> ShardMerge.write(merged, first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(first + " already holds results.json; merge into another directory with --out");
        assertThat(Files.readAllBytes(first.resolve(ResultsFile.NAME))).isEqualTo(before);
        assertThat(first.resolve("jmh").resolve("shard-1")).doesNotExist();
    }
}
