package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.fit.Crossover;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Problem;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JacobianCrossoverFigureTest {

    private static List<JacobianCrossoverFigure.GridPoint> grid(CampaignResults results) {
        List<List<String>> pairs = JacobianCrossoverFigure.modePairs(results.cells());
        assertThat(pairs).hasSize(1);
        return JacobianCrossoverFigure.grid(results.cells(), pairs.get(0).get(0), pairs.get(0).get(1));
    }

    private static Optional<Figure> figure(CampaignResults results) {
        List<List<String>> pairs = JacobianCrossoverFigure.modePairs(results.cells());
        return JacobianCrossoverFigure.of(results.cells(), pairs.get(0).get(0), pairs.get(0).get(1),
                new SeriesStyles(new CampaignView(results).series()), "jacobian-crossover");
    }

    /** Synthetic forward = 100 ns × n and reverse = 150 ns × m cross at n/m = 1.5. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsTheCrossoverWhereTheSyntheticTimesCross(long seed) {
        List<JacobianCrossoverFigure.GridPoint> grid = grid(SyntheticCampaign.build(seed));
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
        Figure figure = figure(SyntheticCampaign.build(1, 0)).orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) figure.chart().getXYPlot();
        XYPlot ratio = plot.getSubplots().get(1);
        @SuppressWarnings("unchecked")
        Collection<Marker> markers = ratio.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).singleElement().satisfies(m ->
                assertThat(((ValueMarker) m).getValue()).isCloseTo(1.5, within(1e-6)));
        assertThat(figure.reading()).contains("crosses 1 at n/m ≈ 1.50").contains("forward is faster below it");
        assertThat(figure.table().rows()).hasSize(8);
        assertThat(figure.notes()).isEmpty();
    }

    /** The same grid under another id: what a forward-mode plugin beside reverse gets. */
    @Test
    void aForwardModePluginGetsTheSameCrossoverChartAsTheBuiltInForwardEngine() {
        CampaignResults builtIn = SyntheticCampaign.build(1, 0);
        CampaignResults plugin = SyntheticCampaign.renamed(builtIn, "forward", "tangent-plugin");

        assertThat(JacobianCrossoverFigure.modePairs(plugin.cells()))
                .containsExactly(List.of("tangent-plugin", "reverse"));
        Figure ours = figure(builtIn).orElseThrow();
        Figure theirs = figure(plugin).orElseThrow();
        assertThat(theirs.table().rows()).isEqualTo(ours.table().rows());
        assertThat(theirs.reading()).isEqualTo(ours.reading().replace("forward", "tangent-plugin"));
    }

    @Test
    void anEngineThatDeclaresNoModeGetsNoCrossoverWhateverItsId() {
        CampaignResults results = SyntheticCampaign.build(1, 0);
        List<CellResult> undeclared = results.cells().stream().map(c -> c.spec().engine().equals("forward")
                ? new CellResult(c.id(), c.spec(), c.outcome(), c.reason(), c.problem(),
                        new EngineFacts("x", EngineMode.OTHER), c.agreement(), c.statistics(), c.timing(),
                        c.baselines(), c.jmhFile(), c.startedAt(), c.finishedAt()) : c).toList();

        assertThat(JacobianCrossoverFigure.modePairs(undeclared)).isEmpty();
    }

    @Test
    void readsTheOutputCountFromTheProblem() {
        CellResult cell = SyntheticCampaign.build(1).cells().stream()
                .filter(c -> c.spec().operator() == Operator.JACOBIAN).findFirst().orElseThrow();
        assertThat(JacobianCrossoverFigure.outputs(cell)).isEqualTo(8L);
        CellResult unrecorded = new CellResult(cell.id(), cell.spec(), cell.outcome(), null,
                new Problem(cell.problem().parameters(), null, 1, null), cell.engine(), null, null, cell.timing(), null,
                null, null, null);
        assertThat(JacobianCrossoverFigure.outputs(unrecorded)).isNull();
    }

    @Test
    void withoutJacobianCellsThereIsNoPair() {
        List<CellResult> gradients = SyntheticCampaign.build(1).cells().stream()
                .filter(c -> c.spec().operator() == Operator.GRADIENT).toList();
        assertThat(JacobianCrossoverFigure.modePairs(gradients)).isEmpty();
    }
}
