package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.testengines.ForwardModeTestEngine;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine of forward mode under an id the reports have never seen, run beside {@code reverse}
 * on Jacobians: its cells record the mode it declares, and the report gives it the forward-mode
 * theory and the crossover chart, as it would the built-in {@code forward}.
 */
class ForwardModePluginCampaignTest {

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    private static CellSpec jacobian(String engine, int n) {
        return new CellSpec(engine, Map.of(), new ModelSpec("jacobian", n, Map.of("outputs", "2"), 1),
                Operator.JACOBIAN);
    }

    @Test
    void aForwardModePluginGetsTheForwardTheoryAndTheCrossoverChart() throws IOException {
        CampaignPlan plan = TestCampaigns.plan("plugin-mode", 30, List.of(
                jacobian(ForwardModeTestEngine.ID, 2), jacobian("reverse", 2),
                jacobian(ForwardModeTestEngine.ID, 16), jacobian("reverse", 16)));
        PrintWriter err = new PrintWriter(new StringWriter());
        CampaignResults results = TestCampaigns.run(plan, plugins, out, err);
        assertThat(results.cells()).extracting(CellResult::outcome).containsOnly(Outcome.OK);
        assertThat(results.cells()).filteredOn(c -> c.spec().engine().equals(ForwardModeTestEngine.ID))
                .allSatisfy(c -> {
                    assertThat(c.mode()).isEqualTo(EngineMode.FORWARD);
                    assertThat(c.problem().outputs()).isEqualTo(2);
                });

        Report report = ReportWriter.write(results, out.resolve("report"));

        assertThat(report.files()).extracting(p -> p.getFileName().toString()).contains("jacobian-crossover.png");
        String summary = Files.readString(out.resolve("report/summary.md"));
        assertThat(summary).contains("| jacobian [outputs=2] (jacobian) | " + ForwardModeTestEngine.ID + " | 2 |")
                .containsPattern("\\| " + ForwardModeTestEngine.ID + " \\| 2 \\| [-0-9.]+ \\| — \\| P × primal \\|")
                .containsPattern("\\| reverse \\| 2 \\| [-0-9.]+ \\| — \\| constant × primal \\|");
        assertThat(Files.readString(report.index())).contains("Jacobian: forward vs reverse mode over the (n, m) grid — "
                + ForwardModeTestEngine.ID + " vs reverse");
    }
}
