package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.junit.jupiter.api.Test;

class MemoryVsComputeFigureTest {

    /** A cell of one configuration, its series named as the table shows it. */
    private static CellResult cell(String series, Map<String, String> options, int layers, long retained,
                                   double timeNs, long stageEvaluations) {
        String engine = options.isEmpty() ? series : "checkpointed";
        EngineMode mode = options.isEmpty() ? EngineMode.REVERSE : EngineMode.CHECKPOINTED_REVERSE;
        CellSpec spec = new CellSpec(engine, options, options.isEmpty() ? Map.of() : Map.of("label", series),
                new ModelSpec("mlp-depth", layers, Map.of(), 1), Operator.GRADIENT);
        return new CellResult(spec.id(), spec, Outcome.OK, null, new Problem(1000L * layers, 1L, layers, null),
                new EngineFacts("test", mode), null, new CallStatistics(0, 1, stageEvaluations, retained, 0, Map.of()),
                SyntheticCampaign.timingOf(List.of(timeNs * 0.98, timeNs, timeNs * 1.02)), null, null, null, null);
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
        return new Family(new FamilyKey("mlp-depth", Map.of(), Operator.GRADIENT), cells, List.of());
    }

    private static SeriesStyles styles(Family family) {
        Map<String, EngineMode> series = new LinkedHashMap<>();
        family.cells().forEach(c -> series.put(c.series(), c.mode()));
        return new SeriesStyles(series);
    }

    private static String label(String configuration) {
        return configuration.equals("reverse") ? "reverse" : "checkpointed[label=" + configuration + "]";
    }

    @Test
    void chartsTheSizeWithTheMostConfigurationsAndDrawsTheParetoFront() {
        Family family = family();
        assertThat(family.stageStructured()).isTrue();
        assertThat(MemoryVsComputeFigure.configurations(family)).hasSize(6)
                .allMatch(c -> c.cell().spec().model().size() == 64);
        Figure figure = MemoryVsComputeFigure.of(family, styles(family), "m").orElseThrow();
        List<List<String>> rows = figure.table().rows();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(label("reverse"), label("dominated"),
                label("uniform k=8"), label("binomial s=8"), label("binomial s=4"), label("binomial s=2"));
        assertThat(rows).extracting(r -> r.get(5)).containsExactly("yes", "no", "yes", "yes", "yes", "yes");
        assertThat(rows.get(2).get(4)).as("uniform's stage evaluations over the fewest (64)").isEqualTo("1.88");
        var front = figure.chart().getXYPlot().getDataset(2);
        assertThat(String.valueOf(front.getSeriesKey(0))).isEqualTo("Pareto front");
        assertThat(front.getItemCount(0)).isEqualTo(5);
        assertThat(figure.reading()).contains("reverse retains the most")
                .contains(label("binomial s=2") + " the least").contains("Pareto-optimal (5 of 6)");
    }

    @Test
    void aFamilyWithoutStagesHasNoTradeOff() {
        CellResult oneStage = cell("reverse", Map.of(), 8, 1000, 100, 1);
        CellResult cell = new CellResult(oneStage.id(), oneStage.spec(), oneStage.outcome(), null,
                new Problem(8000, 1L, 1, null), oneStage.engine(), null, oneStage.statistics(), oneStage.timing(),
                null, null, null, null);
        Family family = new Family(new FamilyKey("mlp-width", Map.of(), Operator.GRADIENT), List.of(cell),
                List.of());
        assertThat(family.stageStructured()).isFalse();
        assertThat(MemoryVsComputeFigure.of(family, styles(family), "m")).isEmpty();
    }

    @Test
    void onlyEnginesThatDeclareAReverseModeAreConfigurations() {
        Family family = family();
        List<CellResult> cells = new ArrayList<>(family.cells());
        CellResult forward = cells.get(1);
        CellSpec spec = new CellSpec("forward", Map.of(), forward.spec().model(), Operator.GRADIENT);
        cells.add(new CellResult(spec.id(), spec, Outcome.OK, null, forward.problem(),
                new EngineFacts("test", EngineMode.FORWARD), null, forward.statistics(), forward.timing(), null, null,
                null, null));
        Family withForward = new Family(family.key(), cells, List.of());

        assertThat(MemoryVsComputeFigure.configurations(withForward)).hasSize(6)
                .noneMatch(c -> c.cell().mode() == EngineMode.FORWARD);
    }
}
