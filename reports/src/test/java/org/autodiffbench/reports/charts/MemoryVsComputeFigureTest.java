package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.reports.results.CellResult;
import org.autodiffbench.reports.results.Outcome;
import org.junit.jupiter.api.Test;

class MemoryVsComputeFigureTest {

    private static CellResult cell(String series, Map<String, String> options, int layers, long retained,
                                   double timeNs, long stageEvaluations) {
        String engine = options.isEmpty() ? series : "checkpointed";
        return new CellResult(series + "|mlp-depth|" + layers + "|gradient", engine, options, series, "mlp-depth",
                layers, "", 1000L * layers, "gradient", Outcome.OK, null, 0.0, 1e-9, "hand",
                SyntheticCampaign.timingOf(List.of(timeNs * 0.98, timeNs, timeNs * 1.02)), timeNs / 3, null, null,
                null, retained, 1L, stageEvaluations, null, Map.of(), null, null, null);
    }

    /** The README's mlp-depth l = 64 figures, plus a configuration that uniform k = 8 dominates. */
    private static Family family() {
        List<CellResult> cells = new ArrayList<>();
        cells.add(cell("reverse", Map.of(), 16, 200_000, 1.3e6, 16));
        cells.add(cell("reverse", Map.of(), 64, 793_440, 5.29e6, 64));
        cells.add(cell("binomial s=2", Map.of("schedule", "binomial", "snapshots", "2"), 64, 27_696, 17.07e6, 484));
        cells.add(cell("binomial s=4", Map.of("schedule", "binomial", "snapshots", "4"), 64, 31_824, 10.74e6, 264));
        cells.add(cell("binomial s=8", Map.of("schedule", "binomial", "snapshots", "8"), 64, 40_080, 8.92e6, 201));
        cells.add(cell("uniform k=8", Map.of("schedule", "uniform", "segments", "8"), 64, 124_704, 6.54e6, 120));
        cells.add(cell("dominated", Map.of("schedule", "uniform", "segments", "4"), 64, 130_000, 9.0e6, 100));
        return new Family(new FamilyKey("mlp-depth", "", "gradient"), cells, List.of());
    }

    @Test
    void chartsTheSizeWithTheMostConfigurationsAndDrawsTheParetoFront() {
        Family family = family();
        assertThat(family.stageStructured()).isTrue();
        assertThat(MemoryVsComputeFigure.configurations(family)).hasSize(6)
                .allMatch(c -> c.cell().size() == 64);
        Figure figure = MemoryVsComputeFigure.of(family, new SeriesStyles(family.seriesNames()), "m").orElseThrow();
        List<List<String>> rows = figure.table().rows();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("reverse", "dominated", "uniform k=8",
                "binomial s=8", "binomial s=4", "binomial s=2");
        assertThat(rows).extracting(r -> r.get(5)).containsExactly("yes", "no", "yes", "yes", "yes", "yes");
        assertThat(rows.get(2).get(4)).as("uniform's stage evaluations over the fewest (64)").isEqualTo("1.88");
        var front = figure.chart().getXYPlot().getDataset(2);
        assertThat(String.valueOf(front.getSeriesKey(0))).isEqualTo("Pareto front");
        assertThat(front.getItemCount(0)).isEqualTo(5);
        assertThat(figure.reading()).contains("reverse retains the most").contains("binomial s=2 the least")
                .contains("Pareto-optimal (5 of 6)");
    }

    @Test
    void aFamilyWithoutStagesHasNoTradeOff() {
        List<CellResult> cells = List.of(cell("reverse", Map.of(), 8, 1000, 100, 1));
        Family family = new Family(new FamilyKey("mlp-width", "", "gradient"), cells, List.of());
        assertThat(family.stageStructured()).isFalse();
        assertThat(MemoryVsComputeFigure.of(family, new SeriesStyles(List.of()), "m")).isEmpty();
    }
}
