package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.fit.Crossover;
import org.autodiffbench.reports.results.CampaignResults;
import org.autodiffbench.reports.results.CellResult;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JacobianCrossoverFigureTest {

    /** Synthetic forward = 100 ns × n and reverse = 150 ns × m cross at n/m = 1.5. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsTheCrossoverWhereTheSyntheticTimesCross(long seed) {
        CampaignResults results = SyntheticCampaign.build(seed);
        List<JacobianCrossoverFigure.GridPoint> grid = JacobianCrossoverFigure.grid(results.cells());
        assertThat(grid).hasSize(8);
        assertThat(grid).extracting(JacobianCrossoverFigure.GridPoint::outputs).containsOnly(8L, 32L);
        Crossover crossover = Crossover.of(grid.stream().map(JacobianCrossoverFigure.GridPoint::ratio).toList())
                .orElseThrow();
        assertThat(crossover.x()).isCloseTo(SyntheticCampaign.JACOBIAN_CROSSOVER, within(0.15));
        assertThat(crossover.bracketed()).isTrue();
        assertThat(crossover.withinGrid()).isTrue();
    }

    @Test
    void theChartMarksTheCrossoverAndTheReadingSaysWhichModeWinsWhere() {
        CampaignResults results = SyntheticCampaign.build(1, 0);
        Figure figure = JacobianCrossoverFigure.of(results.cells(),
                new SeriesStyles(new CampaignView(results).series()), "jacobian-crossover").orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) figure.chart().getXYPlot();
        XYPlot ratio = plot.getSubplots().get(1);
        @SuppressWarnings("unchecked")
        Collection<Marker> markers = ratio.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).singleElement().satisfies(m ->
                assertThat(((ValueMarker) m).getValue()).isCloseTo(1.5, within(1e-6)));
        assertThat(figure.reading()).contains("crosses 1 at n/m ≈ 1.50").contains("forward is faster below it");
        assertThat(figure.table().rows()).hasSize(8);
        assertThat(figure.notes()).contains("8 cells not ok (8 unsupported) carry no trusted timing and are not"
                + " charted; see the table of cells");
    }

    @Test
    void readsTheOutputCountFromDetailsFirstThenModelOptions() {
        CellResult cell = SyntheticCampaign.build(1).cells().stream().filter(c -> "jacobian".equals(c.operator()))
                .findFirst().orElseThrow();
        assertThat(JacobianCrossoverFigure.outputs(cell)).isEqualTo(8L);
        CellResult withDetail = new CellResult(cell.id(), cell.engine(), cell.options(), cell.series(), cell.model(),
                cell.size(), "", cell.params(), cell.operator(), cell.outcome(), null, null, null, null,
                cell.timing(), null, null, null, null, null, null, null, null, Map.of("outputs", 64L), null, null,
                null);
        assertThat(JacobianCrossoverFigure.outputs(withDetail)).isEqualTo(64L);
        CellResult without = new CellResult(cell.id(), cell.engine(), cell.options(), cell.series(), cell.model(),
                cell.size(), "width=3", cell.params(), cell.operator(), cell.outcome(), null, null, null, null,
                cell.timing(), null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(JacobianCrossoverFigure.outputs(without)).isNull();
    }

    @Test
    void withoutJacobianCellsThereIsNoFigure() {
        List<CellResult> gradients = SyntheticCampaign.build(1).cells().stream()
                .filter(c -> "gradient".equals(c.operator())).toList();
        assertThat(JacobianCrossoverFigure.of(gradients, new SeriesStyles(List.of()), "x")).isEmpty();
    }
}
