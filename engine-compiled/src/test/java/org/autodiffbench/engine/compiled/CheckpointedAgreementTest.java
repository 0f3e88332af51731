package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.engine.checkpointed.CheckpointedEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * compiled-checkpointed agrees with the interpreted checkpointed engine and with plain reverse
 * mode to ρ ≤ 1e-12 (value, gradient or Jacobian, and a vjp) on ode-chain (T = 10, 100, 1000),
 * mlp-depth, gb-ode and every staged family, under binomial schedules of 2, 4 and √l snapshots
 * and the uniform schedule; and it runs the same schedule as the interpreter: equal stage
 * evaluations, taped and untaped counts, snapshots taken, peak snapshots, restores and flops.
 */
class CheckpointedAgreementTest {

    private static final double BOUND = 1e-12;

    private static final List<List<String>> SCHEDULES = List.of(
            List.of("schedule=binomial", "snapshots=2"),
            List.of("schedule=binomial", "snapshots=4"),
            List.of("schedule=binomial"),
            List.of("schedule=uniform"));

    static Stream<Arguments> models() {
        Stream<ModelInstance> named = Stream.of(
                ModelFamilies.require("ode-chain").instance(10, Map.of(), 3),
                ModelFamilies.require("ode-chain").instance(100, Map.of(), 3),
                ModelFamilies.require("ode-chain").instance(1000, Map.of(), 3),
                ModelFamilies.require("mlp-depth").instance(8, Map.of(), 5),
                ModelFamilies.require("gb-ode").instance(20, Map.of(), 7));
        Stream<ModelInstance> staged = ModelFamilies.all().stream()
                .map(family -> family.instance(smallStagedSize(family), Map.of(), 11))
                .filter(model -> model.graph().stageCount() > 1);
        return Stream.concat(named, staged).flatMap(model -> SCHEDULES.stream()
                .map(options -> Arguments.of(model.family() + " size " + model.size(), String.join(" ", options),
                        model, options)));
    }

    /** A size of a few stages for a family that has stages: 6, kept inside the family's range. */
    private static int smallStagedSize(ModelFamily family) {
        return Math.max(family.sizes().min(), Math.min(family.sizes().max(), 6));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("models")
    void agreesWithTheInterpreterAndReverseModeAndRunsTheSameSchedule(String what, String schedule,
                                                                   ModelInstance model, List<String> options) {
        Graph graph = model.graph();
        EngineOptions chosen = EngineOptions.parse(options);
        PreparedDiff compiled = new CompiledCheckpointedEngine().prepare(graph, chosen);
        PreparedDiff interpreted = new CheckpointedEngine().prepare(graph, chosen);
        PreparedDiff reverse = new ReverseEngine().prepare(graph, EngineOptions.none());
        double[] x = model.point();
        double[] cotangent = new Random(17).doubles(graph.outputSize(), -1, 1).toArray();
        String label = what + " under " + schedule;

        double[] mine = result(compiled, x);
        CallStatistics mineStatistics = compiled.statistics();
        double[] theirs = result(interpreted, x);
        CallStatistics theirStatistics = interpreted.statistics();
        Rho.assertClose("result against checkpointed, " + label, mine, theirs, BOUND);
        Rho.assertClose("result against reverse, " + label, mine, result(reverse, x), BOUND);
        assertThat(mineStatistics).as("statistics against checkpointed, %s", label)
                .usingRecursiveComparison().ignoringFields("retainedBytes").isEqualTo(theirStatistics);

        Rho.assertClose("vjp against checkpointed, " + label, vjp(compiled, x, cotangent),
                vjp(interpreted, x, cotangent), BOUND);
        assertThat(compiled.statistics()).as("vjp statistics against checkpointed, %s", label)
                .usingRecursiveComparison().ignoringFields("retainedBytes").isEqualTo(interpreted.statistics());
        Rho.assertClose("vjp against reverse, " + label, vjp(compiled, x, cotangent), vjp(reverse, x, cotangent),
                BOUND);

        double[] value = new double[graph.outputSize()];
        double[] interpretedValue = new double[graph.outputSize()];
        compiled.value(x, value);
        interpreted.value(x, interpretedValue);
        Rho.assertClose("value against checkpointed, " + label, value, interpretedValue, BOUND);
        assertThat(compiled.statistics()).as("value statistics against checkpointed, %s", label)
                .usingRecursiveComparison().ignoringFields("retainedBytes").isEqualTo(interpreted.statistics());
    }

    /** The value and gradient of a scalar-output graph, or the outputs and Jacobian of any other, as one array. */
    private static double[] result(PreparedDiff prepared, double[] x) {
        Graph graph = prepared.graph();
        int n = graph.parameterCount();
        int m = graph.outputSize();
        double[] out = new double[m + m * n];
        if (graph.hasScalarOutput()) {
            double[] gradient = new double[n];
            out[0] = prepared.gradient(x, gradient);
            System.arraycopy(gradient, 0, out, 1, n);
        } else {
            double[] y = new double[m];
            double[] jacobian = new double[m * n];
            prepared.jacobian(x, y, jacobian);
            System.arraycopy(y, 0, out, 0, m);
            System.arraycopy(jacobian, 0, out, m, m * n);
        }
        return out;
    }

    private static double[] vjp(PreparedDiff prepared, double[] x, double[] cotangent) {
        int m = prepared.graph().outputSize();
        int n = prepared.graph().parameterCount();
        double[] y = new double[m];
        double[] xBar = new double[n];
        prepared.vjp(x, cotangent, y, xBar);
        double[] out = new double[m + n];
        System.arraycopy(y, 0, out, 0, m);
        System.arraycopy(xBar, 0, out, m, n);
        return out;
    }
}
