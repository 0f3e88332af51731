package org.autodiffbench.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.fit.ScalingAnalysis;
import org.autodiffbench.reports.fit.ScalingFit;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Unreliability;
import org.junit.jupiter.api.Test;

/**
 * The pages of a noisy run say so: a --quick run's pages open with a warning that its timings
 * are indicative, flagged cells are marked with their reasons, and a fit resting on one states
 * no law.
 */
class NoisyRunPagesTest {

    private static final String LOADED = "load 3.1 on 2 CPUs at start";

    /** The synthetic campaign, quick or not, with its mlp-width reverse cell at size 64 flagged. */
    private static CampaignResults results(boolean quick) {
        CampaignResults synthetic = SyntheticCampaign.build(7);
        List<CellResult> cells = new ArrayList<>();
        for (CellResult c : synthetic.cells()) {
            boolean flagged = c.ok() && c.series().equals("reverse") && c.spec().model().family().equals("mlp-width")
                    && c.spec().model().size() == 64;
            cells.add(!flagged ? c : new CellResult(c.id(), c.spec(), c.outcome(), c.reason(), c.problem(),
                    c.engine(), c.agreement(), c.statistics(), c.timing(), c.baselines(), c.jmhFile(), c.startedAt(),
                    c.finishedAt(), new CellLoad(new MachineLoad(3.1, 2), new MachineLoad(1.0, 2)),
                    List.of(new Unreliability(Unreliability.Cause.LOAD, LOADED))));
        }
        Campaign c = synthetic.campaign();
        return new CampaignResults(new Campaign(c.name(), c.file(), c.fingerprint(), quick, c.plannedCells(),
                c.source()), synthetic.environment(), synthetic.baselines(), cells);
    }

    private static ReportContent content(CampaignResults results) {
        List<ScalingFit> fits = new ArrayList<>();
        for (Family family : new CampaignView(results).families()) {
            if (family.distinctX() >= 2) {
                fits.addAll(ScalingAnalysis.of(family));
            }
        }
        return new ReportContent(results, List.of(), fits, List.of());
    }

    @Test
    void everyPageOfAQuickRunSaysItsTimingsAreIndicative() {
        ReportContent quick = content(results(true));
        ReportContent full = content(results(false));

        assertThat(HtmlPage.of(quick)).containsOnlyOnce("the timings in this report are indicative only");
        assertThat(MarkdownSummary.of(quick)).containsOnlyOnce("the timings in this report are indicative only");
        assertThat(HtmlPage.of(full)).doesNotContain("indicative");
        assertThat(MarkdownSummary.of(full)).doesNotContain("indicative");
        assertThat(HtmlPage.of(quick).indexOf("indicative")).as("before the first chart or table")
                .isLessThan(HtmlPage.of(quick).indexOf("<table"));
    }

    @Test
    void aFlaggedCellIsMarkedWithItsReasonInTheTableAndTheCsv() {
        CampaignResults results = results(false);
        CellResult flagged = results.cells().stream().filter(CellResult::flagged).findFirst().orElseThrow();

        String html = HtmlPage.of(content(results));
        String csv = CellsCsv.of(results.cells());

        assertThat(html).containsOnlyOnce("<tr class=\"ok unreliable\">").contains("unreliable timing: " + LOADED);
        String row = csv.lines().filter(l -> l.startsWith(flagged.id())).findFirst()
                .orElseThrow();
        assertThat(row).contains("," + LOADED + ",").contains(",3.1,1,2,");
        assertThat(csv.lines().filter(l -> l.contains(LOADED)).count()).isEqualTo(1);
    }

    @Test
    void theFitThatRestsOnAFlaggedCellStatesNoLawOnAnyPage() {
        ReportContent content = content(results(false));

        assertThat(MarkdownSummary.of(content)).contains("| mlp-width | reverse |")
                .contains("is too noisy to tell (it rests on an unreliable cell: size 64 (" + LOADED + "))")
                .contains("| mlp-width | forward |").contains("grows as P^2.0");
        assertThat(HtmlPage.of(content)).contains("is too noisy to tell (it rests on an unreliable cell: size 64 ("
                + LOADED + "))");
    }
}
