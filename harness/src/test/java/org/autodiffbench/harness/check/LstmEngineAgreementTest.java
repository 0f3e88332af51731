package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.LstmFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forward, reverse and checkpointed reverse mode agree with the hand-written backpropagation
 * through time of {@code gb-lstm}, whose stages (one per character) the checkpointed engine
 * recomputes under several schedules.
 */
class LstmEngineAgreementTest {

    private static final EngineRegistry ENGINES = EngineRegistry.discover();
    private static final List<String> SCHEDULES = List.of("snapshots=1", "snapshots=3", "", "schedule=uniform");

    @ParameterizedTest(name = "c={0} layers={1}")
    @CsvSource({"3, 1", "12, 2", "40, 3"})
    void everyEngineMatchesTheHandGradient(int characters, int layers) {
        ModelInstance model = ModelFamilies.require(LstmFamily.ID).instance(characters,
                Map.of(LstmFamily.LAYERS, Integer.toString(layers)), 5L);
        double[] expected = new double[model.parameterCount()];
        double loss = model.handDerivative().orElseThrow().gradient(model.point(), expected);
        check("reverse", EngineOptions.none(), model, loss, expected);
        check("forward", EngineOptions.parse(List.of("lanes=4")), model, loss, expected);
        for (String schedule : SCHEDULES) {
            PreparedDiff checkpointed = check("checkpointed",
                    EngineOptions.parse(schedule.isEmpty() ? List.of() : List.of(schedule.split(","))), model, loss,
                    expected);
            assertThat(checkpointed.statistics().details()).as(schedule)
                    .containsEntry("tapedStageEvaluations", (long) (characters - 1));
        }
    }

    private static PreparedDiff check(String engine, EngineOptions options, ModelInstance model, double loss,
                                      double[] expected) {
        PreparedDiff prepared = ENGINES.require(engine).prepare(model.graph(), options);
        double[] gradient = new double[model.parameterCount()];
        double value = prepared.gradient(model.point(), gradient);
        String what = engine + " " + options;
        assertThat(Rho.of(value, loss)).as("loss of %s", what).isLessThanOrEqualTo(1e-12);
        assertThat(Rho.max(gradient, expected)).as("gradient of %s", what).isLessThanOrEqualTo(1e-12);
        return prepared;
    }
}
