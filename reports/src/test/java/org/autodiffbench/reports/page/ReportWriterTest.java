package org.autodiffbench.reports.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.charts.JacobianCrossoverFigure;
import org.autodiffbench.reports.charts.MemoryVsComputeFigure;
import org.autodiffbench.reports.charts.MemoryVsParamsFigure;
import org.autodiffbench.reports.charts.TimeVsParamsFigure;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.ConfidenceInterval;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportWriterTest {

    private static final CampaignResults SYNTHETIC = SyntheticCampaign.build(7);

    /** The synthetic campaign's report, written once for the tests that only read it. */
    @TempDir
    static Path shared;
    private static Report report;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheSyntheticReport() {
        report = ReportWriter.write(SYNTHETIC, shared);
    }

    /** A small campaign: the cells no chart draws (one size per family), the NaN one among them. */
    private static CampaignResults unchartable(int planned) {
        List<CellResult> cells = SYNTHETIC.cells().stream()
                .filter(c -> c.spec().model().family().equals("scalar-example")
                        || c.timing() != null && Double.isNaN(c.timing().medianNs())).toList();
        Campaign c = SYNTHETIC.campaign();
        return new CampaignResults(new Campaign(c.name(), c.file(), c.fingerprint(), c.quick(),
                planned < 0 ? cells.size() : planned, c.source()), SYNTHETIC.environment(), SYNTHETIC.baselines(),
                cells);
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void writesEveryChartAsADecodablePngAndAParsableSvgAndListsThemInThePage() throws Exception {
        assertThat(report.warnings()).isEmpty();
        assertThat(report.index()).isEqualTo(shared.resolve("index.html"));
        String html = Files.readString(report.index());
        Map<String, int[]> sizes = Map.of(
                "time-vs-params-mlp-width", new int[] {TimeVsParamsFigure.WIDTH, TimeVsParamsFigure.HEIGHT},
                "memory-vs-params-mlp-width", new int[] {MemoryVsParamsFigure.WIDTH, MemoryVsParamsFigure.HEIGHT},
                "memory-vs-params-mlp-depth-width-64",
                new int[] {MemoryVsParamsFigure.WIDTH, MemoryVsParamsFigure.ONE_PANEL_HEIGHT},
                "memory-vs-compute-mlp-depth-width-64",
                new int[] {MemoryVsComputeFigure.WIDTH, MemoryVsComputeFigure.HEIGHT},
                "jacobian-crossover", new int[] {JacobianCrossoverFigure.WIDTH, JacobianCrossoverFigure.HEIGHT});
        assertThat(report.files()).allSatisfy(f -> assertThat(Files.size(f)).as(f.toString()).isPositive());
        List<Path> pngs = report.files().stream().filter(f -> f.toString().endsWith(".png")).toList();
        assertThat(pngs).hasSize(report.charts()).hasSize(14);
        for (Path png : pngs) {
            String base = png.getFileName().toString().replace(".png", "");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(base).isNotNull();
            Matcher tag = Pattern.compile("<img src=\"" + Pattern.quote(base) + "\\.png\" width=\"(\\d+)\" height=\"(\\d+)\"")
                    .matcher(html);
            assertThat(tag.find()).as("index.html shows " + base).isTrue();
            assertThat(image.getWidth()).isEqualTo(Integer.parseInt(tag.group(1)));
            assertThat(image.getHeight()).isEqualTo(Integer.parseInt(tag.group(2)));
            if (sizes.containsKey(base)) {
                assertThat(new int[] {image.getWidth(), image.getHeight()}).as(base).isEqualTo(sizes.get(base));
            }
            Path svg = png.resolveSibling(base + ".svg");
            assertThat(report.files()).contains(svg);
            Document document = parseXml(svg);
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(html).contains("<a href=\"" + base + ".svg\">");
        }
        assertThat(report.files()).contains(shared.resolve("summary.md"), shared.resolve("cells.csv"));
    }

    @Test
    void thePageShowsEveryCellWithItsOutcomeTheFitsAndTheReadings() throws IOException {
        String html = Files.readString(report.index());
        int cellRows = count(html, "<tr class=\"");
        assertThat(cellRows).isEqualTo(SYNTHETIC.cells().size());
        assertThat(count(html, "<tr class=\"failed\">")).isEqualTo(1);
        assertThat(count(html, "<tr class=\"disagrees\">")).isEqualTo(1);
        assertThat(count(html, "<tr class=\"over-budget\">")).isEqualTo(1);
        assertThat(count(html, "<tr class=\"unsupported\">")).isEqualTo(8);
        assertThat(html).contains("IllegalStateException: kernel exploded")
                .contains("skipped: over budget (estimated 40 s &gt; 20 s)")
                .contains("Outcomes: ok 48 · disagrees 1 · failed 1 · timeout 0 · over-budget 1 · unsupported 8.")
                .contains("median time is NaN; not charted")
                .contains("checkpointed[schedule=binomial,snapshots=4]: median time is NaN (P = 132,372) — not charted")
                .contains("<h2 id=\"fits\">Scaling fits</h2>")
                .contains("<td>P × primal</td>")
                .contains("forward/reverse time ratio grows as P^")
                .contains("The fitted trend crosses 1 at n/m ≈ 1.")
                .contains("AMD EPYC (synthetic)")
                .contains("<th>dense kernels</th><td>vector: jdk.incubator.vector, 512-bit, 8 doubles per vector</td>")
                .contains("<summary>campaign file as run</summary>");
        String summary = Files.readString(shared.resolve("summary.md"));
        assertThat(summary).contains("dense kernels vector: jdk.incubator.vector, 512-bit, 8 doubles per vector.")
                .contains("## Scaling fits").contains("| mlp-width | forward | 5 | 2.0")
                .contains("| broken\\|scalar-example\\|2\\|gradient | failed | IllegalStateException: kernel exploded |");
    }

    /** An interval is never shown without the number of iterations it rests on. */
    @Test
    void thePageShowsEachIntervalWithItsSampleCount() throws IOException {
        String html = Files.readString(report.index());
        CellResult cell = SYNTHETIC.cells().stream().filter(c -> c.timing() != null
                && Double.isFinite(c.timing().medianNs())).findFirst().orElseThrow();
        ConfidenceInterval interval = cell.timing().interval();

        assertThat(interval.level()).isEqualTo(0.95);
        assertThat(html).contains("<th>interval</th>").contains(Html.escape(
                Quantities.time(interval.lowNs()) + " – " + Quantities.time(interval.highNs()) + " (95%, n = "
                        + interval.samples() + ")"));
    }

    /** Names from campaign files and plugins reach the page only escaped. */
    @Test
    void escapesMaliciousNamesEverywhere() throws Exception {
        String evil = "<script>alert(1)</script>";
        CampaignResults renamed = SyntheticCampaign.renamed(SYNTHETIC, "reverse", evil);
        List<CellResult> cells = renamed.cells().stream()
                .filter(c -> c.spec().model().family().equals("mlp-width")).toList();
        Campaign c = SYNTHETIC.campaign();
        CampaignResults results = new CampaignResults(new Campaign("evil & <b>bold</b>", c.file(), c.fingerprint(),
                false, cells.size(), c.source()), SYNTHETIC.environment(), SYNTHETIC.baselines(), cells);
        Report evilReport = ReportWriter.write(results, dir);
        assertThat(evilReport.charts()).isEqualTo(3);
        String html = Files.readString(evilReport.index());
        assertThat(html).doesNotContain(evil).doesNotContain("<b>bold")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("evil &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(Files.readString(dir.resolve("summary.md"))).doesNotContain("<script>");
        for (Path svg : evilReport.files().stream().filter(f -> f.toString().endsWith(".svg")).toList()) {
            assertThat(parseXml(svg).getElementsByTagNameNS("*", "script").getLength()).as(svg.toString()).isZero();
        }
    }

    @Test
    void anEmptyCampaignStillGetsAPageThatSaysSo() throws IOException {
        Report empty = ReportWriter.write(SyntheticCampaign.empty(), dir);
        assertThat(empty.charts()).isZero();
        assertThat(empty.warnings()).singleElement().asString().contains("has no cells with results");
        assertThat(empty.files()).hasSize(3);
        assertThat(Files.readString(empty.index())).contains("The results hold no cells.")
                .contains("has no cells with results").contains("0 of 0 planned cells");
        assertThat(Files.readString(dir.resolve("cells.csv"))).isEqualTo(String.join(",", CellsCsv.header()) + "\r\n");
    }

    /**
     * The full report, then a smaller campaign's into the same folder: the charts only the first
     * drew are gone, the second's are all there, and a file the report did not write stays.
     */
    @Test
    void aReportIntoAnOldReportsFolderRemovesTheChartsItDidNotDrawAgain() throws IOException {
        ReportWriter.write(SYNTHETIC, dir);
        Path mine = Files.writeString(dir.resolve("time-vs-params-notes.txt"), "kept");
        Path alsoMine = Files.writeString(dir.resolve("my-plot.png"), "kept");
        List<String> first = chartFiles(dir);
        assertThat(first).hasSize(2 * 14);

        CampaignResults mlpWidthOnly = new CampaignResults(SYNTHETIC.campaign(), SYNTHETIC.environment(),
                SYNTHETIC.baselines(), SYNTHETIC.cells().stream()
                        .filter(c -> c.spec().model().family().equals("mlp-width")).toList());
        Report second = ReportWriter.write(mlpWidthOnly, dir);

        List<String> drawn = second.files().stream().map(f -> f.getFileName().toString())
                .filter(n -> n.endsWith(".png") || n.endsWith(".svg")).sorted().toList();
        assertThat(drawn).hasSize(2 * second.charts()).hasSizeLessThan(first.size());
        assertThat(chartFiles(dir)).isEqualTo(drawn);
        assertThat(mine).hasContent("kept");
        assertThat(alsoMine).hasContent("kept");
    }

    private static List<String> chartFiles(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.map(f -> f.getFileName().toString())
                    .filter(n -> (n.endsWith(".png") || n.endsWith(".svg")) && !n.startsWith("my-")).sorted().toList();
        }
    }

    @Test
    void anIncompleteRunIsFlagged() {
        assertThat(ReportWriter.write(unchartable(9), dir).warnings())
                .containsExactly("4 of 9 planned cells have results: the run is incomplete; finish it with"
                        + " 'autodiffbench run --resume DIR'");
    }

    @Test
    void readsAResultsDirectoryWithNanTimingsAndWritesIntoItsReportFolder() throws IOException {
        ResultsFile.write(dir.resolve(ResultsFile.NAME), unchartable(-1));
        Report fromDisk = ReportWriter.write(dir, null);
        assertThat(fromDisk.directory()).isEqualTo(dir.toAbsolutePath().resolve("report"));
        assertThat(Files.readString(fromDisk.index())).contains("median time is NaN; not charted")
                .contains("<tr class=\"ok\">");
        assertThat(fromDisk.charts()).isZero();
    }

    @Test
    void badInputGetsAClearMessage() throws IOException {
        assertThatThrownBy(() -> ReportWriter.write(dir.resolve("nowhere"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no results file at");
        Path malformed = Files.writeString(dir.resolve("results.json"), "{\"schemaVersion\": 1, \"cells\": [");
        assertThatThrownBy(() -> ReportWriter.write(dir, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed results file")
                .hasMessageContaining("line 1");
        Files.writeString(malformed, "{\"schemaVersion\": 0, \"cells\": []}");
        assertThatThrownBy(() -> ReportWriter.write(malformed, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema version 0");
        Path aFile = Files.writeString(dir.resolve("occupied"), "x");
        assertThatThrownBy(() -> ReportWriter.write(unchartable(-1), aFile))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot create the report folder")
                .hasMessageContaining("--out");
    }
}
