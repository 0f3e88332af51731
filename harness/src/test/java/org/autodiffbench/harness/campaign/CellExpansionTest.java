package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellExpansionTest {

    @TempDir
    Path folder;

    private List<String> ids(String json) {
        return CampaignFiles.read(folder, json).cells().stream().map(CellSpec::id).toList();
    }

    @Test
    void cellsRunModelsInFileOrderSizesAscendingThenEnginesOptionSetsAndOperatorsInOrder() {
        assertThat(ids("""
                {"name": "order",
                 "engines": [{"id": "reverse"}, {"id": "forward", "options": [{"lanes": 1}, {"lanes": "2"}]}],
                 "models": [{"family": "mlp-width", "sizes": [16, 4], "operators": ["jacobian", "gradient"]},
                            {"family": "scalar-example"}]}
                """)).containsExactly(
                "reverse|mlp-width|4|jacobian",
                "reverse|mlp-width|4|gradient",
                "forward[lanes=1]|mlp-width|4|jacobian",
                "forward[lanes=1]|mlp-width|4|gradient",
                "forward[lanes=2]|mlp-width|4|jacobian",
                "forward[lanes=2]|mlp-width|4|gradient",
                "reverse|mlp-width|16|jacobian",
                "reverse|mlp-width|16|gradient",
                "forward[lanes=1]|mlp-width|16|jacobian",
                "forward[lanes=1]|mlp-width|16|gradient",
                "forward[lanes=2]|mlp-width|16|jacobian",
                "forward[lanes=2]|mlp-width|16|gradient",
                "reverse|scalar-example|2|gradient",
                "forward[lanes=1]|scalar-example|2|gradient",
                "forward[lanes=2]|scalar-example|2|gradient");
    }

    @Test
    void cellsCarryTheirEngineOptionsModelOptionsAndOperator() {
        CellSpec cell = CampaignFiles.read(folder, """
                {"name": "one", "engines": [{"id": "forward", "options": {"lanes": 4}}],
                 "models": [{"family": "jacobian", "sizes": [8], "options": {"outputs": 3}}]}
                """).cells().get(0);

        assertThat(cell).isEqualTo(new CellSpec("forward", Map.of("lanes", "4"),
                new ModelSpec("jacobian", 8, Map.of("outputs", "3"), 1), Operator.JACOBIAN));
    }

    /** round(√size), at least 1, against values worked out by hand. */
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "3, 2", "4, 2", "8, 3", "10, 3", "12, 3", "13, 4", "100, 10", "1000, 32",
            "10000, 100", "100000, 316"})
    void sqrtIsTheRoundedSquareRootOfTheSize(int size, long expected) {
        assertThat(CellExpansion.squareRoot(size)).isEqualTo(expected);
        assertThat(CellExpansion.resolve(Map.of("segments", "sqrt", "schedule", "uniform"), size))
                .isEqualTo(Map.of("segments", String.valueOf(expected), "schedule", "uniform"));
    }

    @Test
    void sqrtResolvesAtEachSizeOfTheCell() {
        assertThat(ids("""
                {"name": "sqrt", "engines": [{"id": "checkpointed", "options": {"schedule": "uniform", "segments": "sqrt"}}],
                 "models": [{"family": "ode-chain", "sizes": [10, 1000, 10000]}]}
                """)).containsExactly(
                "checkpointed[schedule=uniform,segments=3]|ode-chain|10|gradient",
                "checkpointed[schedule=uniform,segments=32]|ode-chain|1000|gradient",
                "checkpointed[schedule=uniform,segments=100]|ode-chain|10000|gradient");
    }

    @Test
    void anOptionSetThatResolvesLikeAnEarlierOneAtASizeIsPlannedOnce() {
        assertThat(ids("""
                {"name": "same", "engines": [{"id": "checkpointed", "options": [{"snapshots": 2}, {"snapshots": "sqrt"}]}],
                 "models": [{"family": "mlp-depth", "sizes": [4, 9], "options": {"width": 2}}]}
                """)).containsExactly(
                "checkpointed[snapshots=2]|mlp-depth[width=2]|4|gradient",
                "checkpointed[snapshots=2]|mlp-depth[width=2]|9|gradient",
                "checkpointed[snapshots=3]|mlp-depth[width=2]|9|gradient");
    }

    @Test
    void anEngineWithFamiliesRunsOnThoseOnly() {
        assertThat(ids("""
                {"name": "only", "engines": [{"id": "reverse"}, {"id": "checkpointed", "families": ["ode-chain"]}],
                 "models": [{"family": "mlp-width", "sizes": [4]}, {"family": "ode-chain", "sizes": [10]}]}
                """)).containsExactly(
                "reverse|mlp-width|4|gradient",
                "reverse|ode-chain|10|gradient",
                "checkpointed|ode-chain|10|gradient");
    }

    @Test
    void aFamilyWithOneSizeNeedsNoSizesAndAVectorFamilyDefaultsToTheJacobian() {
        assertThat(ids("""
                {"name": "defaults", "engines": [{"id": "reverse"}],
                 "models": [{"family": "scalar-example"}, {"family": "jacobian", "sizes": [2]},
                            {"family": "jacobian", "sizes": [2], "options": {"outputs": 1}}]}
                """)).containsExactly(
                "reverse|scalar-example|2|gradient",
                "reverse|jacobian|2|jacobian",
                "reverse|jacobian[outputs=1]|2|gradient");
    }

    /** With "all" an engine that lacks an operator still gets its cell: the runner records it as unsupported. */
    @Test
    void allPlansEveryAvailableEngineWithDefaultOptionsEvenForAnOperatorItLacks() {
        EngineRegistry registry = CampaignFiles.enginesWith(new GradientOnlyTestEngine());
        CampaignPlan plan = CampaignReader.read(CampaignFiles.write(folder, """
                {"name": "all", "engines": "all", "models": [{"family": "jacobian", "sizes": [3]}]}
                """), false, registry);

        assertThat(plan.cells().stream().map(CellSpec::engine)).containsExactlyElementsOf(registry.ids());
        assertThat(plan.cells().stream().map(CellSpec::engine)).contains(GradientOnlyTestEngine.ID, "reverse");
        assertThat(plan.cells()).allSatisfy(cell -> {
            assertThat(cell.engineOptions()).isEmpty();
            assertThat(cell.operator()).isEqualTo(Operator.JACOBIAN);
        });
    }
}
