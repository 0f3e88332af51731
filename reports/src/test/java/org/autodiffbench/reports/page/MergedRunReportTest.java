package org.autodiffbench.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a merged run: a chart whose cells come from two machines is warned about, naming
 * each machine and its cells; charts measured on one machine are not; the environment section
 * lists the shards.
 */
class MergedRunReportTest {

    @TempDir
    Path folder;

    /** The synthetic campaign cut in two: mlp-width above 32 on node-b, everything else on node-a. */
    static CampaignResults mergedOnTwoMachines() {
        CampaignResults run = SyntheticCampaign.build(7);
        Predicate<CellResult> onB = c -> c.spec().model().family().equals("mlp-width") && c.spec().model().size() > 32;
        List<String> all = run.cells().stream().map(CellResult::id).toList();
        Shard a = new Shard(1, 2, run.cells().stream().filter(onB.negate()).map(CellResult::id).toList(), all);
        Shard b = new Shard(2, 2, run.cells().stream().filter(onB).map(CellResult::id).toList(), all);
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, run.campaign(), on("node-a"), run.baselines(),
                run.cells(), null, List.of(new MeasuredShard(a, on("node-a")), new MeasuredShard(b, on("node-b"))));
    }

    static Environment on(String host) {
        Environment e = SyntheticCampaign.environment();
        return new Environment(e.jvmName(), e.jvmVersion(), e.os(), e.cpu(), e.cores(), e.maxHeapBytes(),
                e.gitCommit(), e.startedAt(), e.finishedAt(), e.kernels(), host);
    }

    @Test
    void aChartOfCellsFromTwoMachinesIsWarnedAboutNamingThem() throws IOException {
        CampaignResults merged = mergedOnTwoMachines();
        long small = merged.cells().stream().filter(c -> c.spec().model().family().equals("mlp-width")
                && c.spec().model().size() <= 32).count();
        long large = merged.cells().stream().filter(c -> c.spec().model().family().equals("mlp-width")
                && c.spec().model().size() > 32).count();
        assertThat(small).isPositive();
        assertThat(large).isPositive();

        Report report = ReportWriter.write(merged, folder);

        List<String> machineWarnings = report.warnings().stream().filter(w -> w.contains("machines")).toList();
        assertThat(machineWarnings).containsExactly("the charts of mlp-width mix cells measured on 2 machines"
                + " (node-a: " + small + " cells, node-b: " + large + " cells); a difference between their points"
                + " may be the machines' rather than the engines'");
        String html = Files.readString(report.index());
        assertThat(html).contains("Merged from 2 shards").contains("shard 1/2 (" + (merged.cells().size() - large)
                + " cells) on node-a").contains("shard 2/2 (" + large + " cells) on node-b");
        assertThat(Files.readString(folder.resolve(ReportWriter.SUMMARY))).contains("node-b");
    }

    @Test
    void aRunOnOneMachineHasNoMachineWarning() {
        Report report = ReportWriter.write(SyntheticCampaign.build(7), folder);

        assertThat(report.warnings()).noneMatch(w -> w.contains("machines"));
    }
}
