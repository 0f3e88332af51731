package org.autodiffbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.Campaign;
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
        assertThat(comparison.fails()).isFalse();
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
        assertThat(comparison.fails()).isTrue();
        StringWriter text = new StringWriter();
        ComparisonText.write(comparison, new PrintWriter(text));
        assertThat(text.toString()).contains("20 regression").contains("result: fails: 20 significant regressions (exit code 1)");
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
        assertThat(comparison.fails()).isFalse();
    }

    @Test
    void aSlowDownWithinTheThresholdIsNoChange() {
        Comparison comparison = compare(RUN, SyntheticCampaign.slowed(RUN, "reverse", 1.05));
        assertThat(comparison.rows()).filteredOn(r -> r.key().startsWith("reverse|"))
                .allSatisfy(r -> assertThat(r.verdict()).isIn(Verdict.NO_CHANGE, Verdict.NOT_COMPARED));
        assertThat(comparison.fails()).isFalse();
    }

    @Test
    void aCellThatStopsBeingOkIsBrokenAndFailsTheCheck() {
        List<CellResult> cells = RUN.cells().stream().map(c -> c.id().equals("reverse|mlp-width|64|gradient")
                ? SyntheticCampaign.withOutcome(c, Outcome.FAILED, "OutOfMemoryError") : c).toList();
        CampaignResults broken = new CampaignResults(RUN.campaign(), RUN.environment(), RUN.baselines(), cells);
        Comparison comparison = compare(RUN, broken);
        assertThat(comparison.rows()).filteredOn(r -> r.verdict() == Verdict.BROKEN).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("ok → failed: OutOfMemoryError"));
        assertThat(comparison.fails()).isTrue();
        assertThat(compare(broken, RUN).rows()).filteredOn(r -> r.verdict() == Verdict.FIXED).hasSize(1);
    }

    /**
     * NEW finished 10 of its cells but its campaign planned them all: every cell ok in OLD and
     * absent from NEW is missing and fails the check, the others are only in OLD, and NEW is
     * named incomplete.
     */
    @Test
    void aPartialNewRunFailsWithTheMissingCellsListed() {
        CampaignResults partial = new CampaignResults(RUN.campaign(), RUN.environment(), RUN.baselines(),
                RUN.cells().subList(0, 10));
        Comparison comparison = compare(RUN, partial);
        List<String> okAndDropped = RUN.cells().subList(10, RUN.cells().size()).stream()
                .filter(c -> c.outcome() == Outcome.OK).map(CellResult::id).toList();
        assertThat(okAndDropped).hasSizeGreaterThan(10);
        assertThat(comparison.rows()).filteredOn(r -> r.verdict() == Verdict.MISSING).extracting(CellComparison::key)
                .containsExactlyInAnyOrderElementsOf(okAndDropped);
        assertThat(comparison.counts().get(Verdict.ONLY_IN_OLD))
                .isEqualTo(RUN.cells().size() - 10 - okAndDropped.size());
        assertThat(comparison.fails()).isTrue();
        assertThat(comparison.failures()).containsExactly(okAndDropped.size() + " missing cells",
                "NEW is incomplete (10 of " + RUN.cells().size() + " planned cells): finish it with"
                        + " 'autodiffbench run CAMPAIGN --resume DIR' before comparing");
        StringWriter text = new StringWriter();
        ComparisonText.write(comparison, new PrintWriter(text));
        assertThat(text.toString()).contains("missing", okAndDropped.get(0))
                .contains("result: fails: " + okAndDropped.size() + " missing cells; NEW is incomplete");

        assertThat(compare(partial, RUN).counts().get(Verdict.ONLY_IN_NEW)).isEqualTo(RUN.cells().size() - 10);
        assertThat(compare(partial, RUN).fails()).isFalse();
    }

    /** A whole NEW run that lacks OLD's ok cells (another campaign's plan) still fails on them. */
    @Test
    void aCompleteNewRunWithoutAnOldOkCellFails() {
        List<CellResult> fewer = RUN.cells().subList(0, 10);
        var campaign = RUN.campaign();
        CampaignResults smaller = new CampaignResults(new Campaign(campaign.name(),
                campaign.file(), campaign.fingerprint(), campaign.quick(), fewer.size(), campaign.source()),
                RUN.environment(), RUN.baselines(), fewer);
        Comparison comparison = compare(RUN, smaller);
        assertThat(comparison.newRun().incomplete()).isFalse();
        assertThat(comparison.fails()).isTrue();
        assertThat(comparison.failures()).singleElement().asString().endsWith("missing cells");
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
        assertThat(json.get("fails").asBoolean()).isTrue();
        assertThat(json.get("failures").get(0).asText()).isEqualTo("20 significant regressions");
        assertThat(json.get("counts").get("regression").asInt()).isEqualTo(20);
        assertThat(json.get("measurements")).anySatisfy(m -> {
            assertThat(m.get("key").asText()).isEqualTo("reverse|mlp-width|64|gradient");
            assertThat(m.get("verdict").asText()).isEqualTo("regression");
            assertThat(m.get("ratio").asDouble()).isCloseTo(1.5, within(1e-9));
        });
    }
}
