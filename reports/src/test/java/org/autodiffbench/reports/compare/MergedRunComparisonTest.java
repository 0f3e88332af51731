package org.autodiffbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.Shard;
import org.junit.jupiter.api.Test;

/** {@code compare} on a merged run: it matches cells as on any run, and notes that NEW was measured on two machines. */
class MergedRunComparisonTest {

    @Test
    void aMergedRunComparesCellByCellAndItsMachinesAreNoted() {
        CampaignResults whole = SyntheticCampaign.build(7);
        List<String> ids = whole.cells().stream().map(CellResult::id).toList();
        int half = ids.size() / 2;
        CampaignResults merged = new CampaignResults(CampaignResults.SCHEMA_VERSION, whole.campaign(), on("node-a"),
                whole.baselines(), whole.cells(), null, List.of(
                        new MeasuredShard(new Shard(1, 2, ids.subList(0, half), ids), on("node-a")),
                        new MeasuredShard(new Shard(2, 2, ids.subList(half, ids.size()), ids), on("node-b"))));

        Comparison comparison = Comparison.of(RunMeasurements.of(whole, "whole"), RunMeasurements.of(merged, "merged"),
                Comparison.DEFAULT_THRESHOLD);

        assertThat(comparison.fails()).isFalse();
        assertThat(comparison.notes()).contains("NEW was measured on 2 machines (node-a, node-b); times measured on"
                + " different machines may not be comparable");
        assertThat(comparison.notes()).noneMatch(n -> n.startsWith("OLD was measured"));
    }

    private static Environment on(String host) {
        Environment e = SyntheticCampaign.environment();
        return new Environment(e.jvmName(), e.jvmVersion(), e.os(), e.cpu(), e.cores(), e.maxHeapBytes(),
                e.gitCommit(), e.startedAt(), e.finishedAt(), e.kernels(), host);
    }
}
