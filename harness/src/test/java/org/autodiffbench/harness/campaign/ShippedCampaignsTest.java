package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autodiffbench.api.Operator;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.OptionMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippedCampaignsTest {

    /*
     * Cell counts by hand: smoke 4 + 3·2 + 3·2 + 1·4 + 1·6 + 1·4 + 1·2 + 1·6 = 38, gb-llsq on forward and
     * reverse, gb-ode also on both checkpointing series and both compiled engines, compiled-forward on
     * scalar-example, ode-chain, jacobian and gb-ode, compiled-reverse on those and scalar-dag and mlp-width;
     * quick 3 + 3·2 + 2·2 + 2·5 + 2·6 + 2·2 = 39, compiled-reverse on the scalar families;
     * default 4 + 5·4 + 8·4 + (8·10 − 3) + 3·10 + 8·4 + 5·5 = 220, where the 3 are binomial snapshots
     * "sqrt" at L = 4, 16, 64 coinciding with snapshots 2, 4, 8, and mlp-batch has forward, reverse and
     * checkpointed at five batch sizes, both compiled engines run on every family and compiled-checkpointed
     * with binomial √L snapshots on the chains;
     * gradbench 2 + 6·2 + 6·2 + 2·5 + 5·2 + 5·2 + 3·5 + 1·2 + 3·2 = 79: gb-hello, gb-llsq, gb-lse, gb-ode with
     * three checkpointing series (round(√s) = 3, 10 never equals 2 or 4), gb-gmm at d = 2 and 10,
     * gb-lstm with three checkpointing series (round(√c) = 32, 64, 91), gb-ba at one size and gb-kmeans.
     */
    @ParameterizedTest
    @CsvSource({"smoke, 38", "quick, 39", "default, 220", "gradbench, 79"})
    void everyShippedCampaignValidatesAndExpandsToItsCells(String name, int cells) {
        for (boolean quick : new boolean[] {false, true}) {
            CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped(name), quick);

            assertThat(plan.name()).isEqualTo(name);
            assertThat(plan.quick()).isEqualTo(quick);
            assertThat(plan.cells()).hasSize(cells);
            assertThat(plan.cells().stream().map(CellSpec::id).distinct()).hasSize(cells);
            for (CellSpec cell : plan.cells()) {
                boolean vectorValued = cell.model().family().equals("jacobian") || cell.model().family().equals("gb-ba");
                assertThat(cell.operator()).isEqualTo(vectorValued ? Operator.JACOBIAN : Operator.GRADIENT);
            }
        }
    }

    @Test
    void smokeIsATinyCampaignOfEveryFamilyAndEngineWithTwoGradBenchFamilies() {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped("smoke"), false);

        assertThat(plan.cells().stream().map(CellSpec::id)).containsExactly(
                "forward|scalar-example|2|gradient",
                "reverse|scalar-example|2|gradient",
                "compiled-forward|scalar-example|2|gradient",
                "compiled-reverse|scalar-example|2|gradient",
                "forward|scalar-dag|4|gradient",
                "reverse|scalar-dag|4|gradient",
                "compiled-reverse|scalar-dag|4|gradient",
                "forward|scalar-dag|16|gradient",
                "reverse|scalar-dag|16|gradient",
                "compiled-reverse|scalar-dag|16|gradient",
                "forward|mlp-width|4|gradient",
                "reverse|mlp-width|4|gradient",
                "compiled-reverse|mlp-width|4|gradient",
                "forward|mlp-width|8|gradient",
                "reverse|mlp-width|8|gradient",
                "compiled-reverse|mlp-width|8|gradient",
                "forward|mlp-depth[width=8]|4|gradient",
                "reverse|mlp-depth[width=8]|4|gradient",
                "checkpointed[schedule=binomial,snapshots=2]|mlp-depth[width=8]|4|gradient",
                "checkpointed[schedule=uniform,segments=2]|mlp-depth[width=8]|4|gradient",
                "forward|ode-chain|10|gradient",
                "reverse|ode-chain|10|gradient",
                "compiled-forward|ode-chain|10|gradient",
                "compiled-reverse|ode-chain|10|gradient",
                "checkpointed[schedule=binomial,snapshots=2]|ode-chain|10|gradient",
                "checkpointed[schedule=uniform,segments=3]|ode-chain|10|gradient",
                "forward|jacobian[outputs=4]|4|jacobian",
                "reverse|jacobian[outputs=4]|4|jacobian",
                "compiled-forward|jacobian[outputs=4]|4|jacobian",
                "compiled-reverse|jacobian[outputs=4]|4|jacobian",
                "forward|gb-llsq|16|gradient",
                "reverse|gb-llsq|16|gradient",
                "forward|gb-ode[n=16]|4|gradient",
                "reverse|gb-ode[n=16]|4|gradient",
                "compiled-forward|gb-ode[n=16]|4|gradient",
                "compiled-reverse|gb-ode[n=16]|4|gradient",
                "checkpointed[schedule=binomial,snapshots=2]|gb-ode[n=16]|4|gradient",
                "checkpointed[schedule=uniform,segments=2]|gb-ode[n=16]|4|gradient");
        assertThat(plan.timing()).isEqualTo(new TimingSettings(1, 1, 50, 3, 50));
        assertThat(plan.cellBudgetSeconds()).isEqualTo(20);
    }

    @Test
    void defaultRunsEveryCheckpointingSeriesOnTheChainsWithSquareRootsResolved() {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped("default"), false);

        Map<Integer, List<String>> depthSeries = plan.cells().stream()
                .filter(c -> c.model().family().equals("mlp-depth") && c.engine().equals("checkpointed"))
                .collect(Collectors.groupingBy(c -> c.model().size(), Collectors.mapping(c -> OptionMaps.label(c.engineOptions()),
                        Collectors.toList())));
        assertThat(depthSeries.keySet()).containsExactlyInAnyOrder(4, 8, 16, 32, 64, 128, 256, 512);
        // round(√L): 2, 2.83→3, 4, 5.66→6, 8, 11.31→11, 16, 22.63→23
        assertThat(depthSeries.get(4)).containsExactly("schedule=binomial,snapshots=2", "schedule=binomial,snapshots=4",
                "schedule=binomial,snapshots=8", "schedule=uniform,segments=2");
        assertThat(depthSeries.get(8)).containsExactly("schedule=binomial,snapshots=2", "schedule=binomial,snapshots=4",
                "schedule=binomial,snapshots=8", "schedule=binomial,snapshots=3", "schedule=uniform,segments=3");
        assertThat(depthSeries.get(512)).containsExactly("schedule=binomial,snapshots=2", "schedule=binomial,snapshots=4",
                "schedule=binomial,snapshots=8", "schedule=binomial,snapshots=23", "schedule=uniform,segments=23");
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("ode-chain") && c.model().size() == 10000)
                .map(c -> OptionMaps.label(c.engineOptions()))).contains("schedule=binomial,snapshots=100", "schedule=uniform,segments=100");
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("mlp-width")).map(c -> c.model().size()).distinct())
                .containsExactly(8, 16, 32, 64, 128, 256, 512, 1024);
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("jacobian")).map(c -> c.model().size()).distinct())
                .containsExactly(2, 4, 8, 16, 32, 64, 128, 256);
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("mlp-batch")).map(CellSpec::id))
                .contains("reverse|mlp-batch[width=64]|256|gradient", "checkpointed|mlp-batch[width=64]|256|gradient")
                .hasSize(25);
    }

    @Test
    void gradbenchMeasuresEveryGradBenchFamilyOnItsEvalsGridAndCheckpointsOnlyTheStagedOnes() {
        CampaignPlan plan = CampaignReader.read(CampaignFiles.shipped("gradbench"), false);

        assertThat(plan.cells().stream().map(c -> c.model().family()).distinct())
                .containsExactly("gb-hello", "gb-llsq", "gb-lse", "gb-ode", "gb-gmm", "gb-lstm", "gb-ba", "gb-kmeans");
        assertThat(plan.cells().stream().filter(c -> c.engine().equals("checkpointed")).map(c -> c.model().family()).distinct())
                .containsExactly("gb-ode", "gb-lstm");
        // round(√c) at c = 8192 is 90.5 → 91
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("gb-lstm") && c.model().size() == 8192)
                .map(CellSpec::id)).containsExactly(
                "forward|gb-lstm[layers=2]|8192|gradient",
                "reverse|gb-lstm[layers=2]|8192|gradient",
                "checkpointed[schedule=binomial,snapshots=2]|gb-lstm[layers=2]|8192|gradient",
                "checkpointed[schedule=binomial,snapshots=4]|gb-lstm[layers=2]|8192|gradient",
                "checkpointed[schedule=binomial,snapshots=91]|gb-lstm[layers=2]|8192|gradient");
        // s = 1 is one stage, which the checkpointed engine refuses; GradBench's llsq grid has 16392, not 16384
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("gb-ode")).map(c -> c.model().size()).distinct())
                .containsExactly(10, 100);
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("gb-llsq")).map(c -> c.model().size()).distinct())
                .containsExactly(16, 64, 256, 1024, 4096, 16392);
        assertThat(plan.cells().stream().filter(c -> c.model().family().equals("gb-gmm")).map(c -> c.model().options().get("d"))
                .distinct()).containsExactly("2", "10");
    }

    /** The README's estimates, so that growing a shipped campaign past its time limit fails here first. */
    @Test
    void shippedCampaignsStayWithinTheirTimeLimitsByTheReadmeEstimate() {
        CampaignPlan defaults = CampaignReader.read(CampaignFiles.shipped("default"), false);
        CampaignPlan quick = CampaignReader.read(CampaignFiles.shipped("quick"), false);
        CampaignPlan smoke = CampaignReader.read(CampaignFiles.shipped("smoke"), false);
        CampaignPlan gradbench = CampaignReader.read(CampaignFiles.shipped("gradbench"), false);

        assertThat(CampaignTimeEstimate.modelSizes(defaults)).hasSize(38);
        assertThat(CampaignTimeEstimate.modelSizes(defaults).values().stream().filter(hand -> hand)).hasSize(33);
        // 220 cells · (1 + 2) s + (38 + 33) baselines · 2 s = 802 s, leaving room for calls longer than an iteration
        assertThat(CampaignTimeEstimate.seconds(defaults)).isEqualTo(802.0);
        // 39 · (1 + 1.4) + (11 + 9) · 1.4 = 121.6 s of the 3 minutes
        assertThat(CampaignTimeEstimate.seconds(quick)).isCloseTo(121.6, org.assertj.core.data.Offset.offset(1e-9));
        // 79 · (1 + 2) + (32 + 32) · 2 = 365 s: every GradBench family has a hand derivative
        assertThat(CampaignTimeEstimate.modelSizes(gradbench)).hasSize(32);
        assertThat(CampaignTimeEstimate.modelSizes(gradbench).values().stream().filter(hand -> hand)).hasSize(32);
        assertThat(CampaignTimeEstimate.seconds(gradbench)).isEqualTo(365.0);
        // 38 · (1 + 1.2) + (10 + 8) · 1.2 = 105.2 s with 1 s per JVM start; JVMs on this machine start in about 0.4 s
        assertThat(CampaignTimeEstimate.seconds(smoke)).isCloseTo(105.2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
