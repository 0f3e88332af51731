package org.autodiffbench.reports.page;

import java.util.List;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.charts.Figure;
import org.autodiffbench.reports.fit.ScalingFit;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;

/**
 * {@code summary.md}: the campaign, the outcome counts, the readings of the charts, the fitted
 * scaling laws and the cells that did not end ok, as Markdown to paste into a paper or an issue.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String of(ReportContent content) {
        CampaignResults r = content.results();
        StringBuilder md = new StringBuilder();
        md.append("# autodiff-bench report: ").append(inline(r.campaign().name())).append("\n\n");
        QuickBanner.of(r.campaign()).ifPresent(banner -> md.append("> **").append(inline(banner)).append("**\n\n"));
        Environment e = r.environment();
        if (e != null) {
            md.append("Run ").append(inline(e.startedAt())).append(" to ")
                    .append(e.finishedAt() == null ? "(not finished)" : inline(e.finishedAt())).append(" on ")
                    .append(inline(e.cpu())).append(", ").append(e.cores()).append(" cores, ")
                    .append(inline(e.jvmName() + " " + e.jvmVersion())).append(", max heap ")
                    .append(Quantities.bytes(e.maxHeapBytes()))
                    .append(e.gitCommit() == null ? "" : ", commit " + inline(e.gitCommit()))
                    .append(e.kernels() == null ? "" : ", dense kernels " + inline(e.kernels())).append(".\n\n");
        }
        ShardLines.of(r).forEach(line -> md.append(inline(line)).append("\n\n"));
        md.append("Cells: ").append(r.cells().size()).append(" of ").append(r.campaign().plannedCells()).append(" planned")
                .append(r.campaign().quick() ? " (quick timing)" : "").append("; ")
                .append(inline(OutcomeCounts.line(r.cells()))).append(".\n\n");
        if (!content.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            content.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
            md.append('\n');
        }
        md.append("## Readings\n\n");
        boolean any = false;
        for (ChartSection section : content.sections()) {
            for (Figure figure : section.figures()) {
                md.append("- **").append(inline(figure.fileBase())).append("**: ").append(inline(figure.reading()))
                        .append('\n');
                any = true;
            }
        }
        md.append(any ? "\n" : "No charts: nothing drawable.\n\n");
        fits(md, content.fits());
        notOk(md, r.cells());
        return md.toString();
    }

    private static void fits(StringBuilder md, List<ScalingFit> fits) {
        if (fits.isEmpty()) {
            return;
        }
        md.append("## Scaling fits\n\n| family | series | points | slope | 95% CI ± | theory | theory slope |")
                .append(" work-count slope | reading |\n|---|---|---:|---:|---:|---|---:|---:|---|\n");
        for (ScalingFit f : fits) {
            md.append("| ").append(cell(f.family().label())).append(" | ").append(cell(f.series())).append(" | ")
                    .append(f.fit().points()).append(" | ").append(Quantities.slope(f.fit().slope())).append(" | ")
                    .append(Quantities.slope(f.fit().slopeHalfWidth())).append(" | ").append(cell(f.theory()))
                    .append(" | ").append(Quantities.slope(f.theorySlope())).append(" | ")
                    .append(Quantities.slope(f.workSlope())).append(" | ").append(cell(f.reading())).append(" |\n");
        }
        md.append('\n');
    }

    private static void notOk(StringBuilder md, List<CellResult> cells) {
        List<CellResult> notOk = cells.stream().filter(c -> !c.ok()).toList();
        md.append("## Cells not ok\n\n");
        if (notOk.isEmpty()) {
            md.append(cells.isEmpty() ? "There are no cells.\n" : "Every cell ended ok.\n");
            return;
        }
        md.append("| cell | outcome | reason |\n|---|---|---|\n");
        for (CellResult c : notOk) {
            md.append("| ").append(cell(c.id())).append(" | ").append(cell(OutcomeCounts.label(c))).append(" | ")
                    .append(cell(c.reason())).append(" |\n");
        }
    }

    /** Text in running Markdown: no raw HTML, no line breaks. */
    static String inline(String text) {
        if (text == null) {
            return "—";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s*\\R\\s*", " ");
    }

    /** Text in a Markdown table cell: also no unescaped pipe. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
