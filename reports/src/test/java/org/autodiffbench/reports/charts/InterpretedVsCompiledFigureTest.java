package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.reports.ExecutionStyleCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.EngineFacts;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interpreted-vs-compiled chart: one series per declared mode and style, each point the
 * cost in primals the results recorded (the cheapest configuration of its kind at that size),
 * drawn only for a family where both styles have a cost.
 */
class InterpretedVsCompiledFigureTest {

    private static final CampaignResults RESULTS = ExecutionStyleCampaign.build();

    @TempDir
    Path dir;

    private static Family family(CampaignResults results, String name) {
        return new CampaignView(results).families().stream().filter(f -> f.key().family().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Optional<Figure> figure(CampaignResults results, String family) {
        CampaignView view = new CampaignView(results);
        return InterpretedVsCompiledFigure.of(family(results, family), new SeriesStyles(view.series()), "f");
    }

    private static List<String> seriesNames(XYDataset dataset) {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            names.add(String.valueOf(dataset.getSeriesKey(s)));
        }
        return names;
    }

    /** The (x, y) of every point of a series. */
    private static List<double[]> points(XYDataset dataset, String series) {
        int s = seriesNames(dataset).indexOf(series);
        assertThat(s).as("series " + series).isNotNegative();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(s); i++) {
            points.add(new double[] {dataset.getXValue(s, i), dataset.getYValue(s, i)});
        }
        return points;
    }

    /** The recorded ratio of one cell of the mlp-width family. */
    private static double recorded(String engine, String options, int width) {
        return RESULTS.cells().stream().filter(c -> c.spec().engine().equals(engine)
                        && c.spec().model().family().equals("mlp-width") && c.spec().model().size() == width
                        && c.spec().model().optionsLabel().isEmpty()
                        && c.spec().engineOptions().toString().equals(options))
                .findFirst().orElseThrow().baselines().ratioToPrimal();
    }

    private static double params(int w) {
        return (double) w * w + 76 * w + 10;
    }

    @Test
    void eachModeAndStyleIsOneSeriesAndLibraryPeersAreLeftOut() {
        XYDataset measured = figure(RESULTS, "mlp-width").orElseThrow().chart().getXYPlot().getDataset(0);

        assertThat(seriesNames(measured)).containsExactly("forward · interpreted", "forward · compiled",
                "reverse · interpreted", "reverse · compiled");
    }

    @Test
    void thePointsAreTheRatiosTheResultsRecorded() {
        XYDataset measured = figure(RESULTS, "mlp-width").orElseThrow().chart().getXYPlot().getDataset(0);

        List<double[]> compiled = points(measured, "reverse · compiled");
        assertThat(compiled).hasSize(3);
        int[] widths = {8, 16, 32};
        for (int i = 0; i < widths.length; i++) {
            assertThat(compiled.get(i)[0]).isEqualTo(params(widths[i]));
            assertThat(compiled.get(i)[1]).isEqualTo(recorded("emitted", "{}", widths[i]))
                    .isCloseTo(ExecutionStyleCampaign.EMITTED, within(1e-12));
            assertThat(points(measured, "reverse · interpreted").get(i)[1]).isEqualTo(recorded("tape", "{}", widths[i]))
                    .isCloseTo(ExecutionStyleCampaign.TAPE, within(1e-12));
        }
    }

    /** Forward with 8 lanes (0.4·P primals) is cheaper than with one (2.5·P): it stands for the interpreted forward engines. */
    @Test
    void theCheapestConfigurationOfAKindStandsForItAtEachSize() {
        XYDataset measured = figure(RESULTS, "mlp-width").orElseThrow().chart().getXYPlot().getDataset(0);

        List<double[]> forward = points(measured, "forward · interpreted");
        assertThat(forward).hasSize(3);
        assertThat(forward.get(1)[1]).isEqualTo(recorded("tangents", "{lanes=8}", 16))
                .isCloseTo(0.4 * params(16), within(1e-9));
    }

    @Test
    void theReadingComparesTheStylesOfEachModeAndTheNotesNameTheFlaggedCell() {
        Figure figure = figure(RESULTS, "mlp-width").orElseThrow();

        assertThat(figure.reading()).contains("reverse · compiled costs 1.10 primals (emitted)")
                .contains("reverse · interpreted costs 2.20 primals (tape)")
                .contains("Compiled ÷ interpreted, reverse mode: 0.50 at the 3 sizes both styles measured.")
                .contains("Compiled ÷ interpreted, forward mode: 0.30 at the 3 sizes both styles measured.");
        assertThat(figure.notes()).containsExactly("the cost of emitted at P = 1,482 rests on a cell flagged"
                + " unreliable: load 3.1 on 2 CPUs at start");
    }

    @Test
    void aFamilyWithOnlyInterpretedEnginesAndPeersGetsNoChart() {
        assertThat(family(RESULTS, "mlp-depth").cells()).extracting(CellResult::executionStyle)
                .containsOnly(ExecutionStyle.INTERPRETED, ExecutionStyle.LIBRARY);

        assertThat(figure(RESULTS, "mlp-depth")).isEmpty();
    }

    /** The same cells, their styles declared the other way round: the series follow the declarations, not the ids. */
    @Test
    void theStyleComesFromTheRecordedFactsNotFromTheId() {
        List<CellResult> swapped = RESULTS.cells().stream().map(c -> {
            ExecutionStyle style = c.executionStyle() == ExecutionStyle.COMPILED ? ExecutionStyle.INTERPRETED
                    : c.executionStyle() == ExecutionStyle.INTERPRETED ? ExecutionStyle.COMPILED : c.executionStyle();
            return new CellResult(c.id(), c.spec(), c.outcome(), c.reason(), c.problem(),
                    new EngineFacts("test", c.mode(), style), c.agreement(), c.statistics(), c.timing(),
                    c.baselines(), c.jmhFile(), c.startedAt(), c.finishedAt(), c.load(), c.unreliable(),
                    c.preparation());
        }).toList();
        CampaignResults results = new CampaignResults(RESULTS.campaign(), RESULTS.environment(), RESULTS.baselines(),
                swapped);

        XYDataset measured = figure(results, "mlp-width").orElseThrow().chart().getXYPlot().getDataset(0);

        assertThat(points(measured, "reverse · interpreted").get(0)[1]).isEqualTo(recorded("emitted", "{}", 8));
        assertThat(points(measured, "reverse · compiled").get(0)[1]).isEqualTo(recorded("tape", "{}", 8));
    }

    @Test
    void theReportDrawsTheChartExactlyForTheFamilyWithBothStyles() throws IOException {
        Report report = ReportWriter.write(RESULTS, dir);

        assertThat(report.warnings()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("interpreted-vs-compiled")))
                    .containsExactlyInAnyOrder("interpreted-vs-compiled-mlp-width.png",
                            "interpreted-vs-compiled-mlp-width.svg");
        }
        assertThat(Files.readString(report.index())).contains("<h2>Interpreted vs compiled</h2>")
                .contains("Interpreted vs compiled: gradient cost in primals vs parameters P — mlp-width");
        assertThat(RESULTS.cells()).extracting(CellResult::mode).contains(EngineMode.FORWARD, EngineMode.REVERSE);
    }
}
