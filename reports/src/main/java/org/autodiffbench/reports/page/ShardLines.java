package org.autodiffbench.reports.page;

import java.util.List;
import java.util.stream.Collectors;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.Shard;

/**
 * What the environment section says of shards: that a run is one shard of its campaign, or which
 * shards a merged run joins and where each was measured.
 */
final class ShardLines {

    private ShardLines() {
    }

    static List<String> of(CampaignResults results) {
        Shard shard = results.shard();
        if (shard != null) {
            return List.of("This run is shard " + shard.label() + " of its campaign: " + shard.cells().size()
                    + " of its " + shard.campaignCells().size() + " cells; 'autodiffbench merge' joins it with the"
                    + " other shards.");
        }
        if (results.shards().isEmpty()) {
            return List.of();
        }
        return List.of("Merged from " + results.shards().size() + " shards; the table shows the first shard's"
                + " environment, over the span of all: " + results.shards().stream().map(ShardLines::describe)
                .collect(Collectors.joining("; ")) + ".");
    }

    private static String describe(MeasuredShard measured) {
        Environment e = measured.environment();
        String where = e == null ? "environment not recorded" : e.machine() + ", " + e.jvmName() + " "
                + e.jvmVersion() + ", " + e.startedAt() + " to " + (e.finishedAt() == null ? "(not finished)"
                : e.finishedAt());
        return "shard " + measured.shard().label() + " (" + measured.shard().cells().size() + " cells) on " + where;
    }
}
