package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.testengines.CompiledStyleTestEngine;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each cell's JVM times its engine's prepare and the results keep it, with the execution style
 * each engine declares; the report then draws preparation time, and sets the compiled engine
 * beside the interpreted one of the same mode, knowing neither id.
 */
class PreparationTimeCampaignTest {

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    @Test
    void aRealCellRecordsItsPreparationAndItsEnginesStyleAndTheReportChartsThem() throws IOException {
        CampaignPlan plan = TestCampaigns.plan("preparation", 30, List.of(
                TestCampaigns.gradient("reverse", "mlp-width", 2),
                TestCampaigns.gradient(CompiledStyleTestEngine.ID, "mlp-width", 2),
                TestCampaigns.gradient("reverse", "mlp-width", 3),
                TestCampaigns.gradient(CompiledStyleTestEngine.ID, "mlp-width", 3)));
        CampaignResults results = TestCampaigns.run(plan, plugins, out, new PrintWriter(new StringWriter()));

        assertThat(results.cells()).extracting(CellResult::outcome).containsOnly(Outcome.OK);
        assertThat(results.cells()).allSatisfy(c -> {
            assertThat(c.preparation()).isNotNull();
            assertThat(c.preparation().samples()).isBetween(1, 4);
            assertThat(c.preparation().firstNs()).isPositive();
            assertThat(c.preparation().medianNs()).isPositive();
            assertThat(c.mode()).isEqualTo(EngineMode.REVERSE);
        });
        assertThat(results.cells()).filteredOn(c -> c.spec().engine().equals("reverse"))
                .extracting(CellResult::executionStyle).containsOnly(ExecutionStyle.INTERPRETED);
        assertThat(results.cells()).filteredOn(c -> c.spec().engine().equals(CompiledStyleTestEngine.ID))
                .extracting(CellResult::executionStyle).containsOnly(ExecutionStyle.COMPILED);
        assertThat(ResultsFile.read(out.resolve(ResultsFile.NAME)).cells()).extracting(CellResult::preparation)
                .isEqualTo(results.cells().stream().map(CellResult::preparation).toList());

        Report report = ReportWriter.write(results, out.resolve("report"));

        assertThat(report.warnings()).isEmpty();
        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .contains("preparation-vs-params-mlp-width.png", "interpreted-vs-compiled-mlp-width.png");
        assertThat(Files.readString(report.index())).contains("reverse · interpreted").contains("reverse · compiled");
    }
}
