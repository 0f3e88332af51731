package org.autodiffbench.reports.page;

import static org.autodiffbench.reports.page.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.charts.Figure;
import org.autodiffbench.reports.charts.FigureTable;
import org.autodiffbench.reports.fit.ScalingFit;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.ConfidenceInterval;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.Timing;

/**
 * {@code index.html}: one self-contained page (inline style, no scripts, charts as PNGs beside
 * it) with the warnings first, then the charts with their readings, the fitted scaling laws,
 * every cell with its outcome, the environment and the campaign. Every name that comes from a
 * campaign file, an engine or the results is escaped.
 */
public final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:2em auto;max-width:1100px;
              padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0;font-size:.85em}
            th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            th{background:#f3f3f3}
            img{max-width:100%;height:auto;border:1px solid #ddd}
            .reading{background:#f6f9fc;border-left:4px solid #0072B2;padding:.4em .8em}
            .warnings{background:#fff4e5;border-left:4px solid #E69F00;padding:.4em .8em}
            .notes{color:#555;font-size:.9em}
            tr.disagrees td,tr.failed td,tr.no-outcome td{background:#fbe3d6}
            tr.timeout td,tr.over-budget td{background:#fdf1d0}
            tr.unsupported td{background:#eeeeee}
            tr.unreliable td{background:#fff8e1}
            .badge{font-weight:bold}
            pre{background:#f6f6f6;padding:.6em;overflow:auto;font-size:.85em}
            """;

    private HtmlPage() {
    }

    /** The page. */
    public static String of(ReportContent content) {
        CampaignResults results = content.results();
        StringBuilder html = new StringBuilder(64 * 1024);
        String name = escape(results.campaign().name());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>autodiff-bench report: ").append(name).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>autodiff-bench report: ").append(name).append("</h1>\n");
        QuickBanner.of(results.campaign()).ifPresent(banner -> html.append("<p class=\"warnings\"><strong>")
                .append(escape(banner)).append("</strong></p>\n"));
        html.append("<p>").append(results.cells().size()).append(" of ").append(results.campaign().plannedCells())
                .append(" planned cells have results").append(results.campaign().quick() ? " (quick timing)" : "")
                .append(". Outcomes: ").append(escape(OutcomeCounts.line(results.cells()))).append(".</p>\n");
        warnings(html, content.warnings());
        contents(html, content);
        for (ChartSection section : content.sections()) {
            section(html, section);
        }
        fits(html, content.fits());
        cells(html, results.cells());
        environment(html, results);
        campaign(html, results);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void warnings(StringBuilder html, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        html.append("<div class=\"warnings\"><strong>Warnings</strong><ul>\n");
        warnings.forEach(w -> html.append("<li>").append(escape(w)).append("</li>\n"));
        html.append("</ul></div>\n");
    }

    private static void contents(StringBuilder html, ReportContent content) {
        html.append("<h2>Contents</h2>\n<ul>\n");
        for (ChartSection section : content.sections()) {
            html.append("<li>").append(escape(section.heading())).append(": ");
            List<Figure> figures = section.figures();
            for (int i = 0; i < figures.size(); i++) {
                html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(escape(figures.get(i).fileBase()))
                        .append("\">").append(escape(figures.get(i).fileBase())).append("</a>");
            }
            html.append("</li>\n");
        }
        html.append("<li><a href=\"#fits\">scaling fits</a></li>\n<li><a href=\"#cells\">cells</a></li>\n")
                .append("<li><a href=\"#environment\">environment</a></li>\n")
                .append("<li><a href=\"#campaign\">campaign</a></li>\n")
                .append("<li>files: <a href=\"summary.md\">summary.md</a>, <a href=\"cells.csv\">cells.csv</a></li>\n")
                .append("</ul>\n");
    }

    private static void section(StringBuilder html, ChartSection section) {
        html.append("<h2>").append(escape(section.heading())).append("</h2>\n<p>")
                .append(escape(section.description())).append("</p>\n");
        for (Figure figure : section.figures()) {
            String base = escape(figure.fileBase());
            html.append("<section id=\"").append(base).append("\">\n<h3>").append(escape(figure.title()))
                    .append("</h3>\n<p class=\"reading\">").append(escape(figure.reading())).append("</p>\n")
                    .append("<img src=\"").append(base).append(".png\" width=\"").append(figure.width())
                    .append("\" height=\"").append(figure.height()).append("\" alt=\"").append(escape(figure.title()))
                    .append("\">\n<p class=\"notes\">Files: <a href=\"").append(base).append(".svg\">")
                    .append(base).append(".svg</a> · <a href=\"").append(base).append(".png\">").append(base)
                    .append(".png</a></p>\n");
            if (!figure.notes().isEmpty()) {
                html.append("<ul class=\"notes\">\n");
                figure.notes().forEach(n -> html.append("<li>").append(escape(n)).append("</li>\n"));
                html.append("</ul>\n");
            }
            if (figure.table() != null) {
                table(html, figure.table());
            }
            html.append("</section>\n");
        }
    }

    private static void table(StringBuilder html, FigureTable table) {
        html.append("<table>\n<tr>");
        table.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(v -> html.append("<td>").append(escape(v)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void fits(StringBuilder html, List<ScalingFit> fits) {
        html.append("<h2 id=\"fits\">Scaling fits</h2>\n<p>Least-squares slope of log(time) against log(x) per")
                .append(" series, with its 95% confidence interval (Student t), beside theory: a derivative made of")
                .append(" k sweeps costs k × primal, so forward mode's gradient (P sweeps) should grow one power of P")
                .append(" faster than the primal and reverse mode's (one sweep) as fast as the primal. The work-count")
                .append(" slope is that of the engine's own operation count. A fit whose interval is wider than its")
                .append(" slope, or that rests on a cell flagged unreliable, is too noisy to tell and states no law.")
                .append("</p>\n");
        if (fits.isEmpty()) {
            html.append("<p>No series has two or more sizes measured, so nothing is fitted.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>family</th><th>series</th><th>x</th><th>points</th><th>slope</th>")
                .append("<th>95% CI</th><th>theory</th><th>theory slope</th><th>theory in CI</th>")
                .append("<th>work-count slope</th><th>R²</th><th>reading</th></tr>\n");
        for (ScalingFit f : fits) {
            String ci = Double.isFinite(f.fit().slopeHalfWidth())
                    ? String.format(Locale.ROOT, "%.2f to %.2f", f.fit().slope() - f.fit().slopeHalfWidth(),
                            f.fit().slope() + f.fit().slopeHalfWidth())
                    : "— (2 points)";
            String agrees = !Double.isFinite(f.theorySlope()) || !Double.isFinite(f.fit().slopeHalfWidth())
                    || f.tooNoisy().isPresent() ? "—"
                    : f.consistentWithTheory() ? "yes" : "no";
            html.append("<tr><td>").append(escape(f.family().label())).append("</td><td>").append(escape(f.series()))
                    .append("</td><td>").append(escape(f.xQuantity().symbol())).append("</td><td class=\"n\">")
                    .append(f.fit().points()).append("</td><td class=\"n\">").append(Quantities.slope(f.fit().slope()))
                    .append("</td><td class=\"n\">").append(ci).append("</td><td>").append(escape(f.theory()))
                    .append("</td><td class=\"n\">").append(Quantities.slope(f.theorySlope())).append("</td><td>")
                    .append(agrees).append("</td><td class=\"n\">").append(Quantities.slope(f.workSlope()))
                    .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%.3f", f.fit().rSquared()))
                    .append("</td><td>").append(escape(f.reading())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void cells(StringBuilder html, List<CellResult> cells) {
        html.append("<h2 id=\"cells\">Cells</h2>\n");
        if (cells.isEmpty()) {
            html.append("<p>The results hold no cells.</p>\n");
            return;
        }
        html.append("<p>Every cell, in the order the campaign ran them. Rows that did not end ok are shaded, and")
                .append(" so, lightly, are ok cells whose timing was flagged unreliable (the note says why);")
                .append(" only ok cells are charted. Times are JMH medians per call; spread is the fastest to")
                .append(" slowest iteration; the interval is the median's, with its confidence and the number of")
                .append(" iterations it rests on.</p>\n<table>\n<tr><th>#</th><th>series</th><th>mode</th><th>model</th>")
                .append("<th>size</th>")
                .append("<th>P</th><th>operator</th><th>outcome</th><th>max ρ</th><th>time</th><th>spread</th>")
                .append("<th>interval</th>")
                .append("<th>× primal</th><th>× hand</th><th>retained</th><th>alloc/call</th><th>sweeps</th>")
                .append("<th>stage evals</th><th>flops</th><th>reason / note</th></tr>\n");
        int index = 1;
        for (CellResult c : cells) {
            String outcome = OutcomeCounts.label(c);
            Timing t = c.timing();
            Agreement a = c.agreement();
            CallStatistics s = c.statistics();
            Baselines b = c.baselines();
            ModelSpec model = c.spec().model();
            String reason = join(c.reason(), CellNotes.of(c));
            html.append("<tr class=\"").append(escape(outcome.replace(' ', '-'))).append(c.flagged() ? " unreliable" : "")
                    .append("\"><td class=\"n\">")
                    .append(index++).append("</td><td>").append(escape(c.series())).append("</td><td>")
                    .append(escape(c.mode().label())).append("</td><td>")
                    .append(escape(model.family())).append(model.options().isEmpty() ? ""
                            : " [" + escape(model.optionsLabel()) + "]")
                    .append("</td>").append(num(Quantities.count(model.size())))
                    .append(num(c.problem() == null ? "—" : Quantities.count(c.problem().parameters())))
                    .append("<td>").append(escape(c.spec().operator().label())).append("</td><td class=\"badge\">")
                    .append(escape(outcome)).append("</td>")
                    .append(num(a == null || a.maxRho() == null ? "—" : String.format(Locale.ROOT, "%.1e", a.maxRho())
                            + (a.tolerance() == null ? "" : String.format(Locale.ROOT, " (tol %.0e)", a.tolerance()))))
                    .append(num(t == null ? "—" : Quantities.time(t.medianNs())))
                    .append(num(t == null ? "—" : Quantities.time(t.minNs()) + " – " + Quantities.time(t.maxNs())))
                    .append(num(t == null ? "—" : interval(t.interval())))
                    .append(num(ratio(b == null ? null : b.ratioToPrimal())))
                    .append(num(ratio(b == null ? null : b.ratioToHand())))
                    .append(num(s == null ? "—" : Quantities.bytes(s.retainedBytes())))
                    .append(num(t == null || t.allocBytesPerCall() == null ? "—"
                            : Quantities.bytes(t.allocBytesPerCall())))
                    .append(num(s == null ? "—" : Quantities.count(s.sweeps())))
                    .append(num(s == null ? "—" : Quantities.count(s.stageEvaluations())))
                    .append(num(s == null ? "—" : Quantities.count(s.flops())))
                    .append("<td>").append(escape(reason)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void environment(StringBuilder html, CampaignResults results) {
        html.append("<h2 id=\"environment\">Environment</h2>\n");
        ShardLines.of(results).forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        Environment e = results.environment();
        if (e == null) {
            html.append("<p>The results do not record the environment.</p>\n");
            return;
        }
        html.append("<table>\n");
        row(html, "host", e.host() == null ? "not recorded" : e.host());
        row(html, "JVM", e.jvmName() + " " + e.jvmVersion());
        row(html, "OS", e.os());
        row(html, "CPU", e.cpu());
        row(html, "cores", Integer.toString(e.cores()));
        row(html, "max heap", Quantities.bytes(e.maxHeapBytes()));
        row(html, "git commit", e.gitCommit() == null ? "not in a git work tree" : e.gitCommit());
        row(html, "dense kernels", e.kernels() == null ? "not recorded" : e.kernels());
        row(html, "started", e.startedAt());
        row(html, "finished", e.finishedAt() == null ? "not finished" : e.finishedAt());
        html.append("</table>\n");
    }

    private static void campaign(StringBuilder html, CampaignResults r) {
        html.append("<h2 id=\"campaign\">Campaign</h2>\n<table>\n");
        Campaign campaign = r.campaign();
        row(html, "name", campaign.name());
        row(html, "file", campaign.file());
        row(html, "timing", campaign.quick() ? "quick" : "full");
        row(html, "planned cells", Integer.toString(campaign.plannedCells()));
        row(html, "fingerprint", campaign.fingerprint());
        row(html, "results schema", Integer.toString(r.schemaVersion()));
        html.append("</table>\n");
        if (campaign.source() != null) {
            String json;
            try {
                json = ResultsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(campaign.source());
            } catch (JsonProcessingException e) {
                json = campaign.source().toString();
            }
            html.append("<details><summary>campaign file as run</summary>\n<pre>").append(escape(json))
                    .append("</pre></details>\n");
        }
    }

    private static void row(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value == null ? "—" : value))
                .append("</td></tr>\n");
    }

    private static String num(String text) {
        return "<td class=\"n\">" + escape(text) + "</td>";
    }

    /** E.g. {@code 5.80 µs – 10.0 µs (95%, n = 3)}: an interval never without the samples it rests on. */
    static String interval(ConfidenceInterval interval) {
        if (!Double.isFinite(interval.lowNs()) || !Double.isFinite(interval.highNs())) {
            return "—";
        }
        String level = new BigDecimal(interval.level() * 100, new MathContext(3)).stripTrailingZeros().toPlainString();
        return Quantities.time(interval.lowNs()) + " – " + Quantities.time(interval.highNs()) + " (" + level + "%, "
                + (interval.samples() == null ? "samples not recorded" : "n = " + interval.samples()) + ")";
    }

    private static String ratio(Double value) {
        return value == null ? "—" : Quantities.threeDigits(value);
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isEmpty();
        boolean hasB = b != null && !b.isEmpty();
        return hasA && hasB ? a + "; " + b : hasA ? a : hasB ? b : "";
    }
}
