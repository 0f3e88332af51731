package org.autodiffbench.reports.page;

import java.util.List;
import org.autodiffbench.reports.fit.ScalingFit;
import org.autodiffbench.results.CampaignResults;

/**
 * Everything the report pages show: the results, the charts by kind, the fitted scaling laws,
 * and warnings about the input (an empty or incomplete campaign, charts that could not be drawn).
 */
public record ReportContent(CampaignResults results, List<ChartSection> sections, List<ScalingFit> fits,
                            List<String> warnings) {

    public ReportContent {
        sections = List.copyOf(sections);
        fits = List.copyOf(fits);
        warnings = List.copyOf(warnings);
    }
}
