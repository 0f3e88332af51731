package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.testengines.HangingTestEngine;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell that never returns is stopped at its budget, with everything it started, and the campaign goes on. */
class CampaignTimeoutTest {

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    @Test
    void aHangingEngineTimesOutAndLeavesNoProcessBehind() {
        CampaignPlan plan = TestCampaigns.plan("timeout", 3, List.of(
                TestCampaigns.gradient(HangingTestEngine.ID, "scalar-example", 2)));
        PrintWriter err = new PrintWriter(new StringWriter());
        long start = System.nanoTime();
        CampaignResults results = TestCampaigns.run(plan, plugins, out, err);
        double seconds = (System.nanoTime() - start) / 1e9;
        CellResult cell = results.cells().get(0);
        assertThat(cell.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(cell.reason()).isEqualTo("stopped at the 3.0 s budget while checking the derivative");
        assertThat(cell.timing()).isNull();
        // the baseline and the cell each get at most the 3 s budget
        assertThat(seconds).isLessThan(2 * 3 + 3);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }
}
