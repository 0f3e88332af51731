package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results file that the schema 1 release wrote (the campaign beside it, 30 cells: forward,
 * reverse and two checkpoint schedules on every family, four of them failed), read through the
 * upgrade and checked fact by fact against the file itself.
 */
class SchemaOneUpgradeTest {

    static final String FIXTURE = "/org/autodiffbench/results/schema1/results.json";

    private static JsonNode original;
    private static CampaignResults upgraded;

    @TempDir
    Path folder;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SchemaOneUpgradeTest.class.getResourceAsStream(FIXTURE)) {
            original = ResultsJson.mapper().readTree(in);
        }
        upgraded = ResultsFile.fromTree(original, FIXTURE);
    }

    private static CellResult cell(String id) {
        return upgraded.cells().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode originalCell(String id) {
        for (JsonNode c : original.get("cells")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + id + " in the fixture");
    }

    @Test
    void everyCellKeepsItsIdOutcomeAndOrderAndTheIdIsTheSpecs() {
        assertThat(original.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(upgraded.schemaVersion()).isEqualTo(CampaignResults.SCHEMA_VERSION);
        assertThat(upgraded.cells()).hasSize(30);
        for (int i = 0; i < 30; i++) {
            JsonNode before = original.get("cells").get(i);
            CellResult after = upgraded.cells().get(i);
            assertThat(after.id()).isEqualTo(before.get("id").asText()).isEqualTo(after.spec().id());
            assertThat(after.outcome().label()).isEqualTo(before.get("outcome").asText());
            assertThat(after.series()).isEqualTo(before.get("series").asText());
        }
        assertThat(upgraded.campaign().plannedCells()).isEqualTo(30);
        assertThat(upgraded.complete()).isTrue();
        assertThat(upgraded.campaign().name()).isEqualTo("schema1-fixture");
    }

    @Test
    void labelsBecomeMapsAndTheSeriesKeepsItsOptionsAsWritten() {
        CellResult uniform = cell("checkpointed[schedule=uniform,segments=3]|mlp-depth[width=8]|9|gradient");

        assertThat(uniform.spec().model()).isEqualTo(new ModelSpec("mlp-depth", 9, Map.of("width", "8"), 1));
        assertThat(uniform.spec().engineOptions()).isEqualTo(Map.of("schedule", "uniform", "segments", "3"));
        assertThat(uniform.spec().seriesOptions()).isEqualTo(Map.of("schedule", "uniform", "segments", "sqrt"));
        assertThat(uniform.spec().operator()).isEqualTo(Operator.GRADIENT);
        assertThat(cell("forward|jacobian[outputs=4]|16|jacobian").spec().operator()).isEqualTo(Operator.JACOBIAN);
    }

    @Test
    void theEnginesOfSchemaOneGetTheModesTheyDeclare() {
        assertThat(cell("forward|mlp-width|4|gradient").mode()).isEqualTo(EngineMode.FORWARD);
        assertThat(cell("reverse|mlp-width|4|gradient").mode()).isEqualTo(EngineMode.REVERSE);
        assertThat(cell("checkpointed[schedule=binomial,snapshots=2]|ode-chain|10|gradient").mode())
                .isEqualTo(EngineMode.CHECKPOINTED_REVERSE);
        assertThat(SchemaOneUpgrade.modeOf("someone-elses-engine")).isEqualTo(EngineMode.OTHER);
    }

    @Test
    void theEnginesOfSchemaOneGetTheExecutionStylesTheyDeclare() {
        assertThat(cell("forward|mlp-width|4|gradient").executionStyle()).isEqualTo(ExecutionStyle.INTERPRETED);
        assertThat(cell("checkpointed[schedule=binomial,snapshots=2]|ode-chain|10|gradient").executionStyle())
                .isEqualTo(ExecutionStyle.INTERPRETED);
        assertThat(SchemaOneUpgrade.SCHEMA_ONE_STYLES).containsEntry("commons-math", ExecutionStyle.LIBRARY)
                .doesNotContainKey("someone-elses-engine");
        assertThat(cell("reverse|mlp-width|4|gradient").preparation()).isNull();
    }

    @Test
    void outputsLeaveTheDetailsForTheProblemAndStagesComeFromTheReverseCell() {
        CellResult jacobian = cell("forward|jacobian[outputs=4]|16|jacobian");
        CellResult depth = cell("checkpointed[schedule=binomial,snapshots=2]|mlp-depth[width=8]|9|gradient");

        assertThat(jacobian.problem()).isEqualTo(new Problem(16, 4L, 1, null));
        assertThat(depth.problem()).isEqualTo(new Problem(1186, 1L, 9, null));
        assertThat(depth.problem().staged()).isTrue();
        assertThat(cell("reverse|ode-chain|40|gradient").problem().stages()).isEqualTo(40);
        assertThat(depth.statistics().details()).doesNotContainKey("outputs")
                .containsEntry("peakSnapshots", 2L).containsEntry("untapedStageEvaluations", 17L);
        // a failed cell was never probed, but its model's m is known from the other cells
        assertThat(cell("checkpointed[schedule=uniform,segments=4]|jacobian[outputs=4]|16|jacobian").problem())
                .isEqualTo(new Problem(16, 4L, 1, null));
    }

    @Test
    void theOneSweepTotalIsTangentForForwardModeAndAdjointOtherwise() {
        assertThat(cell("forward|mlp-width|4|gradient").statistics().tangentSweeps()).isEqualTo(330);
        assertThat(cell("forward|mlp-width|4|gradient").statistics().adjointSweeps()).isZero();
        assertThat(cell("reverse|jacobian[outputs=4]|4|jacobian").statistics().adjointSweeps()).isEqualTo(4);
        assertThat(cell("reverse|jacobian[outputs=4]|4|jacobian").statistics().stageEvaluations()).isEqualTo(1);
    }

    @Test
    void timingsRatiosAndAgreementKeepTheirNumbers() {
        String id = "reverse|mlp-width|8|gradient";
        JsonNode before = originalCell(id);
        CellResult after = cell(id);

        assertThat(after.timing().medianNs()).isEqualTo(before.at("/timing/medianNs").asDouble());
        assertThat(after.timing().interval().lowNs()).isEqualTo(before.at("/timing/ciLowNs").asDouble());
        assertThat(after.timing().samplesNs()).hasSize(3);
        assertThat(after.timing().forks()).isEqualTo(1);
        assertThat(after.timing().measurementIterations()).isEqualTo(3);
        assertThat(after.baselines().ratioToPrimal()).isEqualTo(before.get("ratioToPrimal").asDouble());
        assertThat(after.baselines().primalSource()).isEqualTo("hand");
        assertThat(after.agreement().maxRho()).isEqualTo(before.get("maxRho").asDouble());
        assertThat(after.agreement().references()).extracting(ReferenceCheck::kind)
                .containsExactly(ReferenceKind.HAND, ReferenceKind.FINITE_DIFFERENCES);
        assertThat(after.agreement().references().get(1).note())
                .startsWith("finite differences (3 directions of hand's value");
    }

    @Test
    void cellsThatNeverAnsweredHaveNoStatisticsTimingOrRatios() {
        CellResult failed = cell("checkpointed[schedule=binomial,snapshots=2]|jacobian[outputs=4]|4|jacobian");

        assertThat(failed.reason()).startsWith("prepare: IllegalArgumentException");
        assertThat(failed.statistics()).isNull();
        assertThat(failed.timing()).isNull();
        assertThat(failed.baselines().ratioToPrimal()).isNull();
        assertThat(failed.baselines().primalNs()).isEqualTo(197.01211398910917);
    }

    @Test
    void baselinesKeepTheirTimingsUnderTheirModel() {
        Predicate<Baseline> depth4 = b -> b.model().family().equals("mlp-depth") && b.model().size() == 4;
        Baseline baseline = upgraded.baselines().stream().filter(depth4).findFirst().orElseThrow();

        assertThat(upgraded.baselines()).hasSize(9);
        assertThat(baseline.model().options()).isEqualTo(Map.of("width", "8"));
        assertThat(baseline.problem()).isEqualTo(new Problem(826, 1L, 4, null));
        assertThat(baseline.primal().medianNs()).isEqualTo(809.8657766293426);
        assertThat(Baselines.handToPrimal(baseline)).isGreaterThan(0);
    }

    @Test
    void theUpgradeWrittenAsTheCurrentSchemaIsValidAndReadsBackEqual() {
        Path file = folder.resolve(ResultsFile.NAME);

        ResultsFile.write(file, upgraded);

        assertThat(SchemaCheck.violations(file)).isEmpty();
        assertThat(ResultsFile.read(file)).isEqualTo(upgraded);
    }

    @Test
    void labelsWithoutOptionsReadAsEmpty() {
        assertThat(SchemaOneUpgrade.labelledOptions("")).isEmpty();
        assertThat(SchemaOneUpgrade.labelledOptions(null)).isEmpty();
        assertThat(SchemaOneUpgrade.seriesOptions("reverse", "reverse", Map.of())).isEmpty();
        assertThat(SchemaOneUpgrade.seriesOptions(null, "forward", Map.of("lanes", "4")))
                .isEqualTo(Map.of("lanes", "4"));
        assertThat(List.of(SchemaOneUpgrade.number(ResultsJson.mapper().getNodeFactory().textNode("NaN"))))
                .containsExactly(Double.NaN);
    }
}
