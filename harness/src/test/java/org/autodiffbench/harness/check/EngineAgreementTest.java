package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forward, reverse and checkpointed reverse mode must compute the same derivatives as each other
 * and as the families' hand-written ones; the engines share only the primitives' local rules, so
 * agreement checks the sweeps and schedules, and the hand derivatives check them all.
 */
class EngineAgreementTest {

    private static final EngineRegistry ENGINES = EngineRegistry.discover();
    private static final DiffEngine FORWARD = ENGINES.require("forward");
    private static final DiffEngine REVERSE = ENGINES.require("reverse");
    private static final DiffEngine CHECKPOINTED = ENGINES.require("checkpointed");
    private static final EngineOptions FOUR_LANES = EngineOptions.parse(List.of("lanes=4"));

    private static double[] gradient(DiffEngine engine, EngineOptions options, ModelInstance model) {
        PreparedDiff prepared = engine.prepare(model.graph(), options);
        double[] g = new double[model.parameterCount()];
        prepared.gradient(model.point(), g);
        return g;
    }

    static Stream<Arguments> randomDags() {
        // 300 graphs: sizes 2 … 61 inputs, five seeds each.
        return IntStream.range(0, 300).mapToObj(k -> Arguments.of(2 + k / 5, 1000L + k));
    }

    @ParameterizedTest(name = "scalar-dag n={0} seed={1}")
    @MethodSource("randomDags")
    void forwardAndReverseAgreeOnRandomDags(int n, long seed) {
        ModelInstance model = ModelFamilies.require("scalar-dag").instance(n, seed);
        double[] reverse = gradient(REVERSE, EngineOptions.none(), model);
        assertThat(Rho.max(gradient(FORWARD, EngineOptions.none(), model), reverse)).isLessThanOrEqualTo(1e-12);
        assertThat(Rho.max(gradient(FORWARD, FOUR_LANES, model), reverse)).isLessThanOrEqualTo(1e-12);
    }

    @ParameterizedTest(name = "mlp-width w={0}")
    @ValueSource(ints = {1, 3, 16, 40})
    void bothEnginesMatchHandWrittenBackprop(int width) {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(width, 5L);
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] expected = new double[model.parameterCount()];
        hand.gradient(model.point(), expected);
        assertThat(Rho.max(gradient(REVERSE, EngineOptions.none(), model), expected)).isLessThanOrEqualTo(1e-12);
        assertThat(Rho.max(gradient(FORWARD, FOUR_LANES, model), expected)).isLessThanOrEqualTo(1e-12);
    }

    @ParameterizedTest(name = "jacobian n={0} m={1}")
    @MethodSource("jacobianGrid")
    void jacobiansByColumnsAndByRowsMatchTheHandJacobian(int n, int m) {
        ModelInstance model = ModelFamilies.require("jacobian").instance(n, Map.of("outputs", "" + m), 9L);
        double[] expected = new double[n * m];
        double[] y = new double[m];
        model.handDerivative().orElseThrow().jacobian(model.point(), y, expected);
        for (DiffEngine engine : List.of(FORWARD, REVERSE)) {
            PreparedDiff prepared = engine.prepare(model.graph(), EngineOptions.none());
            double[] jacobian = new double[n * m];
            double[] value = new double[m];
            prepared.jacobian(model.point(), value, jacobian);
            assertThat(Rho.max(jacobian, expected)).as(engine.id()).isLessThanOrEqualTo(1e-12);
            assertThat(Rho.max(value, y)).as(engine.id()).isLessThanOrEqualTo(1e-12);
            long sweeps = prepared.statistics().sweeps();
            assertThat(sweeps).as(engine.id() + " sweeps").isEqualTo(engine == FORWARD ? n : m);
        }
    }

    static Stream<Arguments> stagedModels() {
        List<String> schedules = List.of("snapshots=1", "snapshots=2", "snapshots=3", "", "schedule=uniform",
                "schedule=uniform,segments=2", "snapshots=1000");
        return Stream.of(Arguments.of("mlp-depth", 2, "width=3"), Arguments.of("mlp-depth", 9, "width=7"),
                        Arguments.of("mlp-depth", 33, "width=4"), Arguments.of("ode-chain", 10, ""),
                        Arguments.of("ode-chain", 57, ""), Arguments.of("ode-chain", 300, ""))
                .flatMap(model -> schedules.stream().map(schedule -> Arguments.of(model.get()[0], model.get()[1],
                        model.get()[2], schedule)));
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isEmpty()) {
                map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return map;
    }

    @ParameterizedTest(name = "{0} size {1} {2}, checkpointed {3}")
    @MethodSource("stagedModels")
    void checkpointedMatchesReverseAndTheHandGradient(String family, int size, String modelOptions, String schedule) {
        ModelInstance model = ModelFamilies.require(family).instance(size, pairs(modelOptions), 11L);
        double[] expected = new double[model.parameterCount()];
        double value = model.handDerivative().orElseThrow().gradient(model.point(), expected);
        PreparedDiff checkpointed = CHECKPOINTED.prepare(model.graph(), EngineOptions.of(pairs(schedule)));
        double[] g = new double[model.parameterCount()];
        double checkpointedValue = checkpointed.gradient(model.point(), g);
        assertThat(Rho.of(checkpointedValue, value)).isLessThanOrEqualTo(1e-12);
        assertThat(Rho.max(g, expected)).isLessThanOrEqualTo(1e-12);
        assertThat(Rho.max(g, gradient(REVERSE, EngineOptions.none(), model))).isLessThanOrEqualTo(1e-12);
        int stages = model.graph().stageCount();
        assertThat(checkpointed.statistics().details()).containsEntry("tapedStageEvaluations", (long) stages);
    }

    static Stream<Arguments> jacobianGrid() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(4, 16), Arguments.of(16, 4), Arguments.of(12, 12),
                Arguments.of(33, 7));
    }

    /** The cheap-gradient principle in operation counts: a reverse gradient costs 2–4 primals. */
    @ParameterizedTest(name = "mlp-width w={0}")
    @ValueSource(ints = {4, 16, 64, 256})
    void reverseGradientWorkIsAFewPrimals(int width) {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(width, 1L);
        Graph graph = model.graph();
        PreparedDiff reverse = REVERSE.prepare(graph, EngineOptions.none());
        reverse.gradient(model.point(), new double[model.parameterCount()]);
        double ratio = (double) reverse.statistics().flops() / graph.primalFlops();
        assertThat(ratio).isBetween(2.0, 4.0);
    }

    /** A forward gradient takes one sweep per parameter, so its work over the primal's grows like P. */
    @Test
    void forwardGradientWorkGrowsLinearlyInTheParameterCount() {
        int[] widths = {2, 4, 8, 16};
        double[] logP = new double[widths.length];
        double[] logRatio = new double[widths.length];
        for (int k = 0; k < widths.length; k++) {
            ModelInstance model = ModelFamilies.require("mlp-width").instance(widths[k], 1L);
            PreparedDiff forward = FORWARD.prepare(model.graph(), EngineOptions.none());
            forward.gradient(model.point(), new double[model.parameterCount()]);
            double ratio = (double) forward.statistics().flops() / model.graph().primalFlops();
            // Each of the P sweeps costs at least one primal and at most a few.
            assertThat(ratio / model.parameterCount()).isBetween(1.0, 4.0);
            assertThat(forward.statistics().tangentSweeps()).isEqualTo(model.parameterCount());
            logP[k] = Math.log(model.parameterCount());
            logRatio[k] = Math.log(ratio);
        }
        double slope = (logRatio[widths.length - 1] - logRatio[0]) / (logP[widths.length - 1] - logP[0]);
        assertThat(slope).isBetween(0.9, 1.1);
    }
}
