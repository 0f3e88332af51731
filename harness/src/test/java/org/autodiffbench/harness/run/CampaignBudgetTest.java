package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.testengines.SlowTestEngine;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells expected to exceed the budget are recorded over budget instead of run: from the trend of
 * the smaller sizes (without starting a JVM), from the probe's time of one call, and for every
 * size above one that already was over budget. The slow test engine spins k·n³ ns per gradient.
 */
class CampaignBudgetTest {

    private static final Map<String, String> SLOWER = Map.of("nanosPerCube", "610000");

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    @Test
    void slowCellsAreOverBudgetWithTheirEstimate() {
        CampaignPlan plan = TestCampaigns.plan("budget", 10, List.of(
                TestCampaigns.gradient(SlowTestEngine.ID, "scalar-dag", 8),
                TestCampaigns.gradient(SlowTestEngine.ID, "scalar-dag", 16),
                TestCampaigns.gradient(SlowTestEngine.ID, SLOWER, "scalar-dag", 16),
                TestCampaigns.gradient(SlowTestEngine.ID, "scalar-dag", 1024),
                TestCampaigns.gradient(SlowTestEngine.ID, SLOWER, "scalar-dag", 1024)));
        PrintWriter err = new PrintWriter(new StringWriter());
        CampaignResults results = TestCampaigns.run(plan, plugins, out, err);
        List<CellResult> cells = results.cells();

        // 8³ µs and 16³ µs: timed, and JMH's medians are at least the spin.
        assertThat(cells.get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(cells.get(1).outcome()).isEqualTo(Outcome.OK);
        assertThat(cells.get(0).medianNs()).isGreaterThanOrEqualTo(512e3);
        assertThat(cells.get(1).medianNs()).isGreaterThanOrEqualTo(4096e3);

        // 16³ × 610 µs ≈ 2.5 s a call: the probe runs, then JMH's 4 iterations cannot fit.
        CellResult probed = cells.get(2);
        assertThat(probed.outcome()).isEqualTo(Outcome.OVER_BUDGET);
        assertThat(probed.reason()).matches("estimated \\d+(\\.\\d)? s to time \\(one call ≈ 2\\.\\d s\\) but only "
                + "\\d(\\.\\d)? s of the 10 s budget are left");
        assertThat(probed.agreement().maxRho()).isNotNull().isLessThanOrEqualTo(probed.agreement().tolerance());
        assertThat(probed.timing()).isNull();

        // (1024/16)³ × 4 ms ≈ 18 min a call, predicted from sizes 8 and 16 without running; even if noise
        // flattened the fitted n³ to n^1.5, a call would take 2 s and the cell 15 s.
        CellResult predicted = cells.get(3);
        assertThat(predicted.outcome()).isEqualTo(Outcome.OVER_BUDGET);
        assertThat(predicted.reason()).startsWith("estimated ")
                .contains(" from the trend of smaller sizes (8, 16; one call ≈ ")
                .endsWith("), over the 10 s budget");
        assertThat(predicted.agreement()).isNull();
        assertThat(predicted.problem().parameters()).isEqualTo(1024);

        CellResult larger = cells.get(4);
        assertThat(larger.outcome()).isEqualTo(Outcome.OVER_BUDGET);
        assertThat(larger.reason()).isEqualTo("estimated over the 10 s budget: the smaller size 16 already was"
                + " over-budget");
    }
}
