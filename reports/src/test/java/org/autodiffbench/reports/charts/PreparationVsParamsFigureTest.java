package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.reports.ExecutionStyleCampaign;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.results.CampaignResults;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Preparation time against the parameter count: the recorded medians and first prepares, with their sample counts said. */
class PreparationVsParamsFigureTest {

    private static final CampaignResults RESULTS = ExecutionStyleCampaign.build();
    private static final CampaignView VIEW = new CampaignView(RESULTS);

    private static Family family(CampaignView view, String name) {
        return view.families().stream().filter(f -> f.key().family().equals(name)).findFirst().orElseThrow();
    }

    private static Figure widthFigure() {
        return PreparationVsParamsFigure.of(family(VIEW, "mlp-width"), new SeriesStyles(VIEW.series()), "p")
                .orElseThrow();
    }

    private static int series(XYDataset dataset, String name) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (dataset.getSeriesKey(s).equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name);
    }

    @Test
    void eachEngineHasItsMedianAndItsFirstPrepareAtTheRecordedTimes() {
        XYPlot plot = widthFigure().chart().getXYPlot();
        XYDataset measured = plot.getDataset(0);
        String unit = plot.getRangeAxis().getLabel().replaceAll(".*\\((.*)\\)", "$1");
        double factor = switch (unit) {
            case "µs" -> 1e3;
            case "ms" -> 1e6;
            default -> throw new AssertionError("unexpected unit " + unit);
        };
        int median = series(measured, "emitted");
        int first = series(measured, "emitted" + PreparationVsParamsFigure.FIRST);
        long p8 = 8 * 8 + 76 * 8 + 10;
        double expected = ExecutionStyleCampaign.preparationMedianNs(ExecutionStyle.COMPILED, p8);
        assertThat(measured.getXValue(median, 0)).isEqualTo(p8);
        assertThat(measured.getYValue(median, 0) * factor).isEqualTo(expected);
        assertThat(measured.getYValue(first, 0) * factor).isEqualTo(3 * expected);
        assertThat(measured.getItemCount(series(measured, "tangents[lanes=8]"))).isEqualTo(3);
    }

    @Test
    void theCaptionSaysWhatWasMeasuredAndOnHowManySamples() {
        Figure figure = widthFigure();

        assertThat(figure.chart().getSubtitle(0).toString()).isNotEmpty();
        assertThat(figure.reading()).contains("Wall time of the engine's prepare in the cell's JVM, outside the timed"
                + " call").contains("median of the prepares after the first (n = 1 to 4 per cell")
                .contains("emitted prepares in 1.07 ms to 4.04 ms (the first prepare: 3.20 ms to 4.04 ms)");
        assertThat(figure.notes()).contains("the preparation time of emitted at P = 1,482 rests on a cell flagged"
                + " unreliable: load 3.1 on 2 CPUs at start");
    }

    @Test
    void aFamilyWithoutPreparationsGetsNoChart() {
        CampaignView older = new CampaignView(SyntheticCampaign.build(7));

        assertThat(PreparationVsParamsFigure.of(family(older, "mlp-width"), new SeriesStyles(older.series()), "p"))
                .isEmpty();
        assertThat(List.of(family(VIEW, "mlp-depth"))).allSatisfy(f -> assertThat(
                PreparationVsParamsFigure.of(f, new SeriesStyles(VIEW.series()), "p")).isPresent());
    }
}
