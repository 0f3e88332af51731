package org.autodiffbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final CampaignResults RUN = SyntheticCampaign.build(7);

    private static Comparison compare(CampaignResults oldRun, CampaignResults newRun) {
        return Comparison.of(RunMeasurements.of(oldRun, "old"), RunMeasurements.of(newRun, "new"),
                Comparison.DEFAULT_THRESHOLD);
    }

    @Test
    void aRunAgainstItselfHasNoSignificantChange() {
        Comparison comparison = compare(RUN, RUN);
        assertThat(comparison.hasRegression()).isFalse();
        assertThat(comparison.rows()).noneMatch(r -> r.verdict() == Verdict.REGRESSION
                || r.verdict() == Verdict.IMPROVEMENT || r.verdict() == Verdict.BROKEN);
        assertThat(comparison.rows()).filteredOn(r -> r.verdict() == Verdict.NO_CHANGE)
                .allSatisfy(r -> {
                    assertThat(r.ratio()).isEqualTo(1.0);
                    assertThat(r.pValue()).isCloseTo(1.0, within(1e-12));
                });
        assertThat(comparison.counts().get(Verdict.NO_CHANGE)).isGreaterThan(40);
        // 11 cells not ok, and the ok cell whose median is NaN
        assertThat(comparison.counts().get(Verdict.NOT_COMPARED)).isEqualTo(12);
    }

    /** The reverse engine slowed 1.5×: each of its 20 ok cells (12 gradients, 8 Jacobians) is a regression. */
    @Test
    void aSlowedEngineIsFlaggedAsARegression() {
        Comparison comparison = compare(RUN, SyntheticCampaign.slowed(RUN, "reverse", 1.5));
        List<CellComparison> regressions = comparison.rows().stream()
                .filter(r -> r.verdict() == Verdict.REGRESSION).toList();
        assertThat(regressions).hasSize(20).hasSize((int) RUN.cells().stream()
                .filter(c -> "reverse".equals(c.series()) && c.outcome() == Outcome.OK).count());
        assertThat(regressions).allSatisfy(r -> {
            assertThat(r.key()).startsWith("reverse|");
            assertThat(r.ratio()).isCloseTo(1.5, within(1e-9));
            assertThat(r.pValue()).isLessThan(Comparison.ALPHA);
        });
        assertThat(comparison.rows()).filteredOn(r -> !r.key().startsWith("reverse|"))
                .noneMatch(r -> r.verdict() == Verdict.REGRESSION);
        assertThat(comparison.hasRegression()).isTrue();
        StringWriter text = new StringWriter();
        ComparisonText.write(comparison, new PrintWriter(text));
        assertThat(text.toString()).contains("20 regression").contains("result: significant regression (exit code 1)");
        assertThat(text.toString().lines().skip(5).findFirst().orElseThrow()).startsWith("regression");
    }

    /**
     * Eight samples each, fully separated: U = 0, so with the normal approximation
     * z = (0 − 32) / √(8·8·17/12) and p = 2Φ(z) = 7.8e-4.
     */
    @Test
    void thePValueIsTheMannWhitneyNormalApproximation() {
        CellComparison row = compare(RUN, SyntheticCampaign.slowed(RUN, "reverse", 1.5)).rows().stream()
                .filter(r -> r.key().equals("reverse|mlp-width|64|gradient")).findFirst().orElseThrow();
        double z = -32 / Math.sqrt(8 * 8 * 17 / 12.0);
        assertThat(row.pValue()).isCloseTo(2 * new NormalDistribution().cumulativeProbability(z), within(1e-9));
    }

    @Test
    void aFasterEngineIsAnImprovementAndDoesNotFailTheCheck() {
        Comparison comparison = compare(RUN, SyntheticCampaign.slowed(RUN, "forward", 0.5));
        assertThat(comparison.counts().get(Verdict.IMPROVEMENT)).isEqualTo(13);
        assertThat(comparison.hasRegression()).isFalse();
    }

    @Test
    void aSlowDownWithinTheThresholdIsNoChange() {
        Comparison comparison = compare(RUN, SyntheticCampaign.slowed(RUN, "reverse", 1.05));
        assertThat(comparison.rows()).filteredOn(r -> r.key().startsWith("reverse|"))
                .allSatisfy(r -> assertThat(r.verdict()).isIn(Verdict.NO_CHANGE, Verdict.NOT_COMPARED));
        assertThat(comparison.hasRegression()).isFalse();
    }

    @Test
    void aCellThatStopsBeingOkIsBrokenAndFailsTheCheck() {
        List<CellResult> cells = RUN.cells().stream().map(c -> c.id().equals("reverse|mlp-width|64|gradient")
                ? SyntheticCampaign.withOutcome(c, Outcome.FAILED, "OutOfMemoryError") : c).toList();
        CampaignResults broken = new CampaignResults(RUN.campaign(), RUN.environment(), RUN.baselines(), cells);
        Comparison comparison = compare(RUN, broken);
        assertThat(comparison.rows()).filteredOn(r -> r.verdict() == Verdict.BROKEN).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("ok → failed: OutOfMemoryError"));
        assertThat(comparison.hasRegression()).isTrue();
        assertThat(compare(broken, RUN).rows()).filteredOn(r -> r.verdict() == Verdict.FIXED).hasSize(1);
    }

    @Test
    void cellsOnOneSideOnlyAreListed() {
        CampaignResults fewer = new CampaignResults(RUN.campaign(), RUN.environment(), RUN.baselines(),
                RUN.cells().subList(0, 10));
        assertThat(compare(RUN, fewer).counts().get(Verdict.ONLY_IN_OLD)).isEqualTo(RUN.cells().size() - 10);
        assertThat(compare(fewer, RUN).counts().get(Verdict.ONLY_IN_NEW)).isEqualTo(RUN.cells().size() - 10);
    }

    @Test
    void badThresholdsAndDisjointRunsAreRefused() {
        RunMeasurements run = RunMeasurements.of(RUN, "run");
        assertThatThrownBy(() -> Comparison.of(run, run, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--threshold");
        assertThatThrownBy(() -> Comparison.of(run, RunMeasurements.of(SyntheticCampaign.empty(), "empty"), 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches anything in NEW");
    }

    @Test
    void theJsonSaysWhetherThereIsARegression() {
        var json = ComparisonJson.of(compare(RUN, SyntheticCampaign.slowed(RUN, "reverse", 1.5)));
        assertThat(json.get("regression").asBoolean()).isTrue();
        assertThat(json.get("counts").get("regression").asInt()).isEqualTo(20);
        assertThat(json.get("measurements")).anySatisfy(m -> {
            assertThat(m.get("key").asText()).isEqualTo("reverse|mlp-width|64|gradient");
            assertThat(m.get("verdict").asText()).isEqualTo("regression");
            assertThat(m.get("ratio").asDouble()).isCloseTo(1.5, within(1e-9));
        });
    }
}
