package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partition of a campaign into shards: a hand-dealt example, and on the shipped campaigns for
 * N = 1 … 7 the properties a merge relies on (disjoint, covering, every model size whole, the same
 * for any order of the cells) and Graham's bound for longest-processing-time-first dealing.
 */
class ShardPartitionTest {

    @TempDir
    Path folder;

    /*
     * One JMH run: 1 fork × (1 s JVM start + 20 ms warmup + 3 × 20 ms) = 1.08 s. scalar-example (hand
     * derivative, two baselines): 2 cells × (1 + 1.08) + 2 × 1.08 = 6.32 s; each scalar-dag size (no hand
     * derivative): 2 × 2.08 + 1.08 = 5.24 s. Longest first, ties by model key ("scalar-dag|16|" < "|4|" < "|8|"):
     * example → shard 1 (6.32), dag 16 → shard 2 (5.24), dag 4 → shard 2 (10.48), dag 8 → shard 1 (11.56).
     */
    @Test
    void aSmallCampaignIsDealtAsByHand() {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.write(folder, """
                {"name": "shards", "seed": 1,
                 "engines": [{"id": "forward"}, {"id": "reverse"}],
                 "models": [{"family": "scalar-example"}, {"family": "scalar-dag", "sizes": [4, 8, 16]}],
                 "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                            "measurementIterations": 3, "measurementMillis": 20}}
                """), false);

        List<List<CellSpec>> shards = ShardPartition.of(plan, 2);

        assertThat(ids(shards.get(0))).containsExactly("forward|scalar-example|2|gradient",
                "reverse|scalar-example|2|gradient", "forward|scalar-dag|8|gradient", "reverse|scalar-dag|8|gradient");
        assertThat(ids(shards.get(1))).containsExactly("forward|scalar-dag|4|gradient", "reverse|scalar-dag|4|gradient",
                "forward|scalar-dag|16|gradient", "reverse|scalar-dag|16|gradient");
        assertThat(ShardPartition.seconds(plan, shards.get(0))).isCloseTo(11.56, offset(1e-9));
        assertThat(ShardPartition.seconds(plan, shards.get(1))).isCloseTo(10.48, offset(1e-9));

        Shard second = ShardPartition.shard(plan, new ShardSelection(2, 2));
        assertThat(second.cells()).isEqualTo(ids(shards.get(1)));
        assertThat(second.campaignCells()).isEqualTo(ids(plan.cells()));
        assertThat(ShardPartition.planOf(plan, second).cells()).isEqualTo(shards.get(1));
    }

    @ParameterizedTest
    @CsvSource({"smoke, 1", "smoke, 3", "smoke, 7", "default, 2", "default, 3", "default, 5", "gradbench, 4",
        "quick, 6"})
    void shardsAreDisjointCoverEveryCellKeepModelSizesWholeAndMeetGrahamsBound(String campaign, int count) {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped(campaign), false);

        List<List<CellSpec>> shards = ShardPartition.of(plan, count);

        assertThat(shards).hasSize(count);
        List<String> all = shards.stream().flatMap(s -> ids(s).stream()).toList();
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(plan.cells()));
        Map<String, Set<Integer>> shardsOfModelSize = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            assertThat(shards.get(k)).as("shard %d keeps plan order", k + 1)
                    .isEqualTo(plan.cells().stream().filter(shards.get(k)::contains).toList());
            for (CellSpec cell : shards.get(k)) {
                shardsOfModelSize.computeIfAbsent(cell.model().key(), key -> new HashSet<>()).add(k);
            }
        }
        assertThat(shardsOfModelSize.values()).allSatisfy(in -> assertThat(in).hasSize(1));

        double total = CampaignTimeEstimate.seconds(plan);
        double longestModelSize = plan.cells().stream().collect(Collectors.groupingBy(c -> c.model().key()))
                .values().stream().mapToDouble(cells -> CampaignTimeEstimate.modelSizeSeconds(plan.timing(), cells))
                .max().orElseThrow();
        double sum = 0;
        for (List<CellSpec> shard : shards) {
            double seconds = ShardPartition.seconds(plan, shard);
            sum += seconds;
            assertThat(seconds).isLessThanOrEqualTo(total / count + longestModelSize + 1e-9);
        }
        assertThat(sum).isCloseTo(total, offset(1e-6));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5})
    void thePartitionIsTheSameForAnyOrderOfTheCellsAndEveryTime(int count) {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped("default"), false);
        List<CellSpec> reversed = new ArrayList<>(plan.cells());
        Collections.reverse(reversed);
        List<CellSpec> shuffled = new ArrayList<>(plan.cells());
        Collections.shuffle(shuffled, new java.util.Random(7));

        List<Set<String>> partition = sets(ShardPartition.of(plan, count));

        assertThat(sets(ShardPartition.of(plan, count))).isEqualTo(partition);
        assertThat(sets(ShardPartition.of(withCells(plan, reversed), count))).isEqualTo(partition);
        assertThat(sets(ShardPartition.of(withCells(plan, shuffled), count))).isEqualTo(partition);
    }

    @Test
    void moreShardsThanModelSizesLeavesTheRestEmpty() {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.write(folder, """
                {"name": "one-size", "seed": 1, "engines": [{"id": "forward"}, {"id": "reverse"}],
                 "models": [{"family": "scalar-example"}]}
                """), false);

        List<List<CellSpec>> shards = ShardPartition.of(plan, 3);

        assertThat(shards.get(0)).hasSize(2);
        assertThat(shards.get(1)).isEmpty();
        assertThat(shards.get(2)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "1/0", "1/x", "-1/3", "3", "1/3/5", ""})
    void aShardThatDoesNotExistIsRefusedSayingWhatAShardIs(String text) {
        assertThatThrownBy(() -> ShardSelection.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--shard " + text + " is not a shard: give K/N with 1 <= K <= N, e.g. --shard 1/3 for"
                        + " the first of three");
    }

    @Test
    void aShardIsReadAsKOfN() {
        assertThat(ShardSelection.parse("2/3")).isEqualTo(new ShardSelection(2, 3));
        assertThat(ShardSelection.parse("1/1").label()).isEqualTo("1/1");
    }

    private static CampaignPlan withCells(CampaignPlan plan, List<CellSpec> cells) {
        return new CampaignPlan(plan.name(), plan.file(), plan.source(), plan.fingerprint(), plan.quick(), plan.seed(),
                plan.timing(), plan.cellBudgetSeconds(), plan.tolerance(), plan.finiteDifferenceDirections(), cells,
                plan.tools());
    }

    private static List<String> ids(List<CellSpec> cells) {
        return cells.stream().map(CellSpec::id).toList();
    }

    private static List<Set<String>> sets(List<List<CellSpec>> shards) {
        return shards.stream().map(s -> (Set<String>) new HashSet<>(ids(s))).toList();
    }
}
