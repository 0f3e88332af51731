package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.LlsqFamily;
import org.autodiffbench.models.gradbench.LseFamily;
import org.autodiffbench.models.gradbench.OdeFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forward (one lane and four), reverse and checkpointed reverse mode against the hand-written
 * gradients of the GradBench families gb-llsq, gb-lse and gb-ode; gb-ode is staged, so the
 * checkpointed engine runs it under several schedules.
 */
class GradBenchFamiliesAgreementTest {

    private static final EngineRegistry ENGINES = EngineRegistry.discover();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(LlsqFamily.ID, 16, Map.of(LlsqFamily.COEFFICIENTS, "8")),
                Arguments.of(LlsqFamily.ID, 257, Map.of()),
                Arguments.of(LseFamily.ID, 1, Map.of()),
                Arguments.of(LseFamily.ID, 300, Map.of()),
                Arguments.of(LseFamily.ID, 300, Map.of(LseFamily.FORM, LseFamily.PRIMITIVE)),
                Arguments.of(OdeFamily.ID, 1, Map.of(OdeFamily.LENGTH, "30")),
                Arguments.of(OdeFamily.ID, 10, Map.of(OdeFamily.LENGTH, "30")),
                Arguments.of(OdeFamily.ID, 37, Map.of(OdeFamily.LENGTH, "12")));
    }

    private static final List<Map.Entry<String, EngineOptions>> ENGINE_SETTINGS = List.of(
            Map.entry("forward", EngineOptions.none()),
            Map.entry("forward", EngineOptions.parse(List.of("lanes=4"))),
            Map.entry("reverse", EngineOptions.none()),
            Map.entry("checkpointed", EngineOptions.none()));
    /** Schedules, which the checkpointed engine takes only for a graph of several stages. */
    private static final List<Map.Entry<String, EngineOptions>> SCHEDULES = List.of(
            Map.entry("checkpointed", EngineOptions.parse(List.of("snapshots=1"))),
            Map.entry("checkpointed", EngineOptions.parse(List.of("snapshots=3"))),
            Map.entry("checkpointed", EngineOptions.parse(List.of("schedule=uniform"))));

    @ParameterizedTest(name = "{0} size {1} {2}")
    @MethodSource("models")
    void everyEngineGivesTheHandGradient(String family, int size, Map<String, String> options) {
        ModelInstance model = ModelFamilies.require(family).instance(size, options, 21L);
        double[] x = model.point();
        double[] expected = new double[x.length];
        double value = model.handDerivative().orElseThrow().gradient(x, expected);
        List<Map.Entry<String, EngineOptions>> settings = new ArrayList<>(ENGINE_SETTINGS);
        if (model.graph().stageCount() > 1) {
            settings.addAll(SCHEDULES);
        }
        for (Map.Entry<String, EngineOptions> setting : settings) {
            DiffEngine engine = ENGINES.require(setting.getKey());
            String what = setting.getKey() + " " + setting.getValue();
            try (PreparedDiff prepared = engine.prepare(model.graph(), setting.getValue())) {
                double[] gradient = new double[x.length];
                assertThat(Rho.of(prepared.gradient(x, gradient), value)).as("value, %s", what).isLessThanOrEqualTo(1e-13);
                assertThat(Rho.max(gradient, expected)).as("gradient, %s", what).isLessThanOrEqualTo(1e-12);
            }
        }
    }
}
