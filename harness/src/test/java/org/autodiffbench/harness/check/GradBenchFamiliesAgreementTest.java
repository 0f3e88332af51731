package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
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
                family(LlsqFamily.ID, 16, Map.of(LlsqFamily.COEFFICIENTS, "8")),
                family(LlsqFamily.ID, 257, Map.of()),
                family(LseFamily.ID, 1, Map.of()),
                family(LseFamily.ID, 300, Map.of()),
                family(LseFamily.ID, 300, Map.of(LseFamily.FORM, LseFamily.PRIMITIVE)),
                ode(1, 4), ode(10, 30), ode(37, 12));
    }

    private static Arguments family(String id, int size, Map<String, String> options) {
        return Arguments.of(id + " size " + size + " " + options, ModelFamilies.require(id).instance(size, options, 21L));
    }

    /**
     * gb-ode at x_i = (i + 1)/2 · u_i, u_i uniform on [0.9, 1.1), n ≤ 4s: at the eval's points
     * (uniform on [0, 1)) the last element and its gradient vanish, and beyond n = 4s they are zero.
     */
    private static Arguments ode(int steps, int n) {
        Random random = new Random(n);
        double[] x = IntStream.range(0, n).mapToDouble(i -> (i + 1) / 2.0 * (0.9 + 0.2 * random.nextDouble())).toArray();
        return Arguments.of(OdeFamily.ID + " s=" + steps + " n=" + n, OdeFamily.model(x, steps));
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyEngineGivesTheHandGradient(String name, ModelInstance model) {
        double[] x = model.point();
        double[] expected = new double[x.length];
        double value = model.handDerivative().orElseThrow().gradient(x, expected);
        assertThat(Arrays.stream(expected).map(Math::abs).max().orElseThrow()).as("largest partial").isGreaterThan(1e-3);
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
