package org.autodiffbench.reports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.reports.charts.RatioVsParamsFigure;
import org.autodiffbench.reports.charts.SeriesStyles;
import org.autodiffbench.reports.charts.TimeVsParamsFigure;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.Unreliability;
import org.junit.jupiter.api.Test;

/**
 * A scaling law is stated only when the data can carry one: not when the slope's interval is
 * as wide as the slope, nor when it rests on a cell whose timing was flagged unreliable.
 */
class NoisyFitsTest {

    private static final int[] WIDTHS = {2, 4, 8, 16};
    private static final SeriesStyles STYLES = new SeriesStyles(Map.of("reverse", EngineMode.REVERSE));

    /** mlp-width's parameter count P(w) = w² + 76w + 10. */
    private static long params(int w) {
        return (long) w * w + 76L * w + 10;
    }

    /**
     * mlp-width's reverse series with these median times (ns) at w = 2, 4, 8, 16, its iterations
     * within 1% of them, a primal ∝ P, and the given reasons against the cell at w = 4.
     */
    private static Family reverse(double[] ns, List<Unreliability> atFour) {
        List<CellResult> cells = new ArrayList<>();
        List<Baseline> baselines = new ArrayList<>();
        for (int i = 0; i < WIDTHS.length; i++) {
            int w = WIDTHS[i];
            ModelSpec model = new ModelSpec("mlp-width", w, Map.of(), 1);
            Problem problem = new Problem(params(w), 1L, 1, null);
            Baseline baseline = new Baseline(model, problem, "hand", SyntheticCampaign.timingOf(List.of(
                    10.0 * params(w), 10.0 * params(w), 10.1 * params(w))), null, null);
            baselines.add(baseline);
            CellSpec spec = new CellSpec("reverse", Map.of(), model, Operator.GRADIENT);
            List<Unreliability> reasons = w == 4 ? atFour : List.of();
            Timing timing = SyntheticCampaign.timingOf(List.of(ns[i] * 0.995, ns[i], ns[i] * 1.005));
            cells.add(new CellResult(spec.id(), spec, Outcome.OK, null, problem,
                    new EngineFacts("test", EngineMode.REVERSE), null, new CallStatistics(0, 1, 1, 0, 0, Map.of()),
                    timing, Baselines.of(baseline, timing), null, null, null,
                    new CellLoad(new MachineLoad(0.5, 2), new MachineLoad(0.7, 2)), reasons));
        }
        return new Family(new FamilyKey("mlp-width", Map.of(), Operator.GRADIENT), cells, baselines);
    }

    /** A clean law: 30 ns × P, off it by at most 2%. */
    private static double[] cleanTimes() {
        double[] wobble = {1.02, 0.99, 1.0, 0.985};
        double[] ns = new double[WIDTHS.length];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = 30.0 * params(WIDTHS[i]) * wobble[i];
        }
        return ns;
    }

    private static String reading(Family family) {
        return TimeVsParamsFigure.of(family, STYLES, ScalingAnalysis.of(family), "t").reading();
    }

    /** A --quick run on a busy machine: 14.7, 48.5, 28.2 and 9.3 µs, fitted as P^-0.28 ± 2.18. */
    @Test
    void theBusyMachinesTimesAreTooNoisyToTell() {
        Family family = reverse(new double[] {14_700, 48_500, 28_200, 9_300}, List.of());

        ScalingFit fit = ScalingAnalysis.of(family).get(0);

        assertThat(fit.fit().slope()).isCloseTo(-0.28, within(0.005));
        assertThat(fit.fit().slopeHalfWidth()).isCloseTo(2.18, within(0.005));
        assertThat(reading(family)).contains("reverse is too noisy to tell (its slope -0.28 ± 2.18: the interval"
                + " is wider than the slope)").doesNotContain("reverse grows as");
    }

    @Test
    void aCleanPowerLawIsStatedAsALaw() {
        Family family = reverse(cleanTimes(), List.of());

        ScalingFit fit = ScalingAnalysis.of(family).get(0);

        assertThat(fit.tooNoisy()).isEmpty();
        assertThat(fit.fit().slope()).isCloseTo(1.0, within(0.05));
        assertThat(reading(family)).contains("reverse grows as P^0.9").doesNotContain("too noisy");
    }

    @Test
    void aFlaggedCellMakesItsFitTooNoisyAndSaysWhich() {
        Family family = reverse(cleanTimes(), List.of(
                new Unreliability(Unreliability.Cause.LOAD, "load 3.1 on 2 CPUs at start")));

        ScalingFit fit = ScalingAnalysis.of(family).get(0);

        assertThat(fit.fit().slopeHalfWidth()).isLessThan(Math.abs(fit.fit().slope()));
        assertThat(fit.tooNoisy()).contains("it rests on an unreliable cell: size 4 (load 3.1 on 2 CPUs at start)");
        assertThat(reading(family)).contains("reverse is too noisy to tell (it rests on an unreliable cell: size 4"
                + " (load 3.1 on 2 CPUs at start))").doesNotContain("reverse grows as");
    }

    /**
     * The cost-in-primals reading states a trend only where the time-vs-params one may: times
     * ∝ P² over a primal ∝ P cost ∝ P primals, unless a cell they rest on is flagged.
     */
    @Test
    void theCostInPrimalsStatesNoTrendForASeriesWithAFlaggedCell() {
        double[] quadratic = cleanTimes();
        for (int i = 0; i < quadratic.length; i++) {
            quadratic[i] *= params(WIDTHS[i]) / 100.0;
        }
        Family clean = reverse(quadratic, List.of());
        Family flagged = reverse(quadratic, List.of(
                new Unreliability(Unreliability.Cause.SPREAD, "spread: (max − min)/median 1.63 over 3 samples")));

        assertThat(RatioVsParamsFigure.of(clean, STYLES, "r").reading()).contains("reverse costs").contains("(∝ P^0.99 ± 0.03)");
        assertThat(RatioVsParamsFigure.of(flagged, STYLES, "r").reading()).contains("reverse costs")
                .contains("(no trend stated: it rests on cells flagged unreliable)").doesNotContain("∝");
    }

    /** A line through two sizes has no interval: its slope is given, but marked as no law. */
    @Test
    void aFitThroughTwoSizesSaysItHasNoInterval() {
        Family family = reverse(cleanTimes(), List.of());
        Family twoSizes = new Family(family.key(), family.cells().subList(0, 2), family.baselines().subList(0, 2));

        ScalingFit fit = ScalingAnalysis.of(twoSizes).get(0);

        assertThat(fit.fit().points()).isEqualTo(2);
        assertThat(fit.reading()).startsWith("grows as P^").endsWith(" (no interval: fewer than 3 sizes)");
        assertThat(reading(twoSizes)).contains("The primal grows as P^1.00 (no interval: fewer than 3 sizes)");
        assertThat(RatioVsParamsFigure.of(twoSizes, STYLES, "r").reading()).doesNotContain("∝");
    }
}
