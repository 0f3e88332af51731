package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of sharded runs: a shard's results and a merged run's are valid against the schema
 * and read back whole; files written before shards existed still read, as whole-campaign runs; a
 * merged run answers where each cell was measured.
 */
class ShardRecordsTest {

    @TempDir
    Path folder;

    private static final List<String> IDS = SampleResults.sample().cells().stream().map(CellResult::id).toList();

    private static Environment on(String host) {
        Environment e = SampleResults.environment();
        return new Environment(e.jvmName(), e.jvmVersion(), e.os(), e.cpu(), e.cores(), e.maxHeapBytes(),
                e.gitCommit(), e.startedAt(), e.finishedAt(), e.kernels(), host);
    }

    private static CampaignResults merged() {
        CampaignResults sample = SampleResults.sample();
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, sample.campaign(), on("node-a"),
                sample.baselines(), sample.cells(), null, List.of(
                        new MeasuredShard(new Shard(1, 2, IDS.subList(0, 1), IDS), on("node-a")),
                        new MeasuredShard(new Shard(2, 2, IDS.subList(1, 3), IDS), on("node-b"))));
    }

    private static CampaignResults shardTwo() {
        CampaignResults sample = SampleResults.sample();
        Campaign c = sample.campaign();
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, new Campaign(c.name(), c.file(), c.fingerprint(),
                c.quick(), 2, c.source()), on("node-b"), sample.baselines(), sample.cells().subList(1, 3),
                new Shard(2, 2, IDS.subList(1, 3), IDS), List.of());
    }

    @Test
    void aShardsAndAMergedRunsResultsAreValidAndReadBackWhole() {
        for (CampaignResults results : List.of(shardTwo(), merged())) {
            Path file = folder.resolve(results.shard() == null ? "merged.json" : "shard.json");
            ResultsFile.write(file, results);

            assertThat(SchemaCheck.violations(file)).isEmpty();
            assertThat(ResultsFile.read(file)).isEqualTo(results);
        }
    }

    @Test
    void aMergedRunSaysWhereEachCellWasMeasured() {
        CampaignResults merged = merged();

        assertThat(merged.cells().stream().map(c -> merged.environmentOf(c).host()))
                .containsExactly("node-a", "node-b", "node-b");
        assertThat(merged.machines(merged.cells())).containsExactly("node-a", "node-b");
        assertThat(merged.machines(merged.cells().subList(1, 3))).containsExactly("node-b");
        assertThat(SampleResults.sample().machines(SampleResults.sample().cells()))
                .as("without a host, the CPU and its cores name the machine").containsExactly("AMD EPYC, 2 cores");
    }

    @Test
    void aFileFromBeforeShardsReadsAsARunOfTheWholeCampaign() throws Exception {
        ObjectNode tree = (ObjectNode) ResultsJson.mapper().readTree(
                ResultsJson.mapper().writeValueAsString(SampleResults.sample()));
        tree.remove("shard");
        tree.remove("shards");
        ((ObjectNode) tree.get("environment")).remove("host");

        CampaignResults read = ResultsFile.fromTree(tree, "older results.json");

        assertThat(SchemaCheck.violations(tree)).isEmpty();
        assertThat(read.shard()).isNull();
        assertThat(read.shards()).isEmpty();
        assertThat(read.environment().host()).isNull();
        assertThat(read).isEqualTo(SampleResults.sample());
    }

    @Test
    void aShardOutsideOneToNIsInvalid() throws Exception {
        JsonNode written = ResultsJson.mapper().readTree(ResultsJson.mapper().writeValueAsString(shardTwo()));
        ((ObjectNode) written.get("shard")).put("index", 0);

        assertThat(SchemaCheck.violations(written)).anyMatch(v -> v.contains("index"));
        assertThatThrownBy(() -> ResultsFile.fromTree(written, "bad.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shard 0/2 does not exist");
        assertThatThrownBy(() -> new Shard(3, 2, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
