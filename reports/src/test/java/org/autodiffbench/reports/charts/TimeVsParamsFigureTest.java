package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.fit.ScalingAnalysis;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.NamedTiming;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class TimeVsParamsFigureTest {

    private final CampaignView view = new CampaignView(SyntheticCampaign.build(7));
    private final SeriesStyles styles = new SeriesStyles(view.series());

    private Family family(String model) {
        return view.families().stream().filter(f -> f.key().family().equals(model)).findFirst().orElseThrow();
    }

    private static List<Double> xs(XYDataset dataset, String series) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (dataset.getSeriesKey(s).equals(series)) {
                List<Double> xs = new ArrayList<>();
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    xs.add(dataset.getXValue(s, i));
                }
                return xs;
            }
        }
        throw new AssertionError("no series " + series);
    }

    /** The binomial s = 4 cell at L = 32 has a NaN median: absent from the chart, named in the notes. */
    @Test
    void aNanTimingIsLeftOutAndNoted() {
        Family depth = family("mlp-depth");
        Figure figure = TimeVsParamsFigure.of(depth, styles, ScalingAnalysis.of(depth), "t");
        XYDataset measured = figure.chart().getXYPlot().getDataset(0);
        String series = "checkpointed[schedule=binomial,snapshots=4]";
        CellResult nan = depth.cells().stream()
                .filter(c -> c.series().equals(series) && c.spec().model().size() == 32).findFirst().orElseThrow();
        assertThat(nan.timing().medianNs()).isNaN();
        List<Double> xs = xs(measured, series);
        assertThat(xs).hasSize(4).doesNotContain((double) Family.params(nan));
        assertThat(xs(measured, "reverse")).hasSize(5).contains((double) Family.params(nan));
        for (int s = 0; s < measured.getSeriesCount(); s++) {
            for (int i = 0; i < measured.getItemCount(s); i++) {
                assertThat(measured.getYValue(s, i)).isPositive().isFinite();
            }
        }
        assertThat(figure.notes()).anyMatch(n -> n.contains(series) && n.contains("NaN")
                && n.contains("132,372") && n.contains("not charted"));
    }

    /** A named baseline (hand-scalar) is drawn as one more reference line, at its own medians, and named in the subtitle. */
    @Test
    void aNamedBaselineIsAnExtraReferenceLine() {
        Family width = family("mlp-width");
        List<Baseline> withScalar = width.baselines().stream().map(b -> new Baseline(b.model(), b.problem(),
                b.primalSource(), b.primal(), b.hand(), b.note(), List.of(new NamedTiming("hand-scalar", null,
                        SyntheticCampaign.timingOf(List.of(1.7 * b.hand().medianNs())))))).toList();
        Family named = new Family(width.key(), width.cells(), withScalar);

        Figure figure = TimeVsParamsFigure.of(named, styles, ScalingAnalysis.of(named), "t");

        XYDataset references = figure.chart().getXYPlot().getDataset(1);
        assertThat(xs(references, "hand-scalar gradient")).isEqualTo(xs(references, "hand-written gradient"))
                .hasSize(withScalar.size());
        int hand = references.indexOf("hand-written gradient");
        int scalar = references.indexOf("hand-scalar gradient");
        for (int i = 0; i < references.getItemCount(hand); i++) {
            assertThat(references.getYValue(scalar, i) / references.getYValue(hand, i)).isCloseTo(1.7, within(1e-9));
        }
        assertThat(figure.chart().getSubtitles()).filteredOn(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).anyMatch(t -> t.endsWith(", hand-scalar (light grey)"));
        assertThat(TimeVsParamsFigure.of(width, styles, ScalingAnalysis.of(width), "t").chart().getXYPlot()
                .getDataset(1).indexOf("hand-scalar gradient")).isNegative();
    }

    @Test
    void anOverBudgetCellIsNotChartedAndTheNotesCountIt() {
        Family width = family("mlp-width");
        Figure figure = TimeVsParamsFigure.of(width, styles, ScalingAnalysis.of(width), "t");
        assertThat(xs(figure.chart().getXYPlot().getDataset(0), "forward")).hasSize(5);
        assertThat(figure.notes()).contains("1 cell not ok (1 over-budget) carries no trusted timing and is not"
                + " charted; see the table of cells");
    }

    @Test
    void axesAreLabelledWithUnitsAndReferencesAreDrawn() {
        Family width = family("mlp-width");
        Figure figure = TimeVsParamsFigure.of(width, styles, ScalingAnalysis.of(width), "t");
        XYPlot plot = figure.chart().getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("parameters P");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("time per gradient (ms)");
        XYDataset references = plot.getDataset(1);
        assertThat(String.valueOf(references.getSeriesKey(0))).isEqualTo("primal");
        assertThat(String.valueOf(references.getSeriesKey(1))).isEqualTo("hand-written gradient");
        assertThat(plot.getDataset(2).getSeriesCount()).as("one dashed fit per series").isEqualTo(2);
        assertThat(plot.getRenderer(0).getSeriesPaint(0)).isEqualTo(styles.colour("forward"));
    }

    @Test
    void theReadingStatesTheFittedAndTheoreticalExponents() {
        Family width = family("mlp-width");
        String reading = TimeVsParamsFigure.of(width, styles, ScalingAnalysis.of(width), "t").reading();
        assertThat(reading).contains("forward grows as P^2.0").contains("(theory P × primal: P^")
                .contains("reverse grows as P^1.0").containsPattern("forward/reverse time ratio grows as P\\^(0\\.9|1\\.0)")
                .contains("theory: P^1.0");
    }

    /** A family over batch sizes at one parameter count, its problems recording {@code sizeMeaning}. */
    private static Family batchFamily(String sizeMeaning) {
        List<CellResult> cells = new ArrayList<>();
        for (int batch = 1; batch <= 256; batch *= 4) {
            CellSpec spec = new CellSpec("reverse", Map.of(), new ModelSpec("mlp-batch", batch, Map.of("width", "64"), 1),
                    Operator.GRADIENT);
            double ns = 1000.0 * batch;
            cells.add(new CellResult(spec.id(), spec, Outcome.OK, null, new Problem(9610, 1L, 1, 40_000L * batch,
                    sizeMeaning), new EngineFacts("test", EngineMode.REVERSE), null,
                    new CallStatistics(0, 1, 1, 1000L, 0, Map.of()),
                    SyntheticCampaign.timingOf(List.of(ns * 0.99, ns, ns * 1.01)), null, null, null, null));
        }
        return new Family(new FamilyKey("mlp-batch", Map.of("width", "64"), Operator.GRADIENT), cells, List.of());
    }

    /** The size on the x axis is named by what the results record it counts, not by the family's id. */
    @Test
    void aSizeAxisSaysWhatTheSizeCountsAsTheResultsRecordIt() {
        Family batch = batchFamily("batch size B");
        assertThat(batch.xQuantity()).isEqualTo(XQuantity.SIZE);
        Figure figure = TimeVsParamsFigure.of(batch, styles, ScalingAnalysis.of(batch), "t");
        assertThat(figure.chart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("batch size B");
        assertThat(figure.chart().getTitle().getText()).startsWith("Time per gradient vs batch size B — mlp-batch");
        assertThat(xs(figure.chart().getXYPlot().getDataset(0), "reverse")).containsExactly(1.0, 4.0, 16.0, 64.0, 256.0);

        Family unrecorded = batchFamily(null);
        Figure plain = TimeVsParamsFigure.of(unrecorded, styles, ScalingAnalysis.of(unrecorded), "t");
        assertThat(plain.chart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("size");
    }
}
