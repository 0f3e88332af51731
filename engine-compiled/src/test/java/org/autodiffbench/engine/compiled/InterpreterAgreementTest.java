package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.engine.forward.ForwardEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled engines agree with the interpreters they compile (compiled-forward with forward,
 * compiled-reverse with reverse) to ρ ≤ 1e-12 on every operator: on seeded random scalar DAGs, on
 * the worked example and on every built-in model family at its smallest size. The code forms
 * restate the numeric rules operation for operation, so the results agree to rounding; the work
 * reported agrees too, counted from the same work counts.
 */
class InterpreterAgreementTest {

    static final double BOUND = 1e-12;

    static Stream<Arguments> randomDags() {
        return Stream.of(2, 5, 16, 64, 200).flatMap(n -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(n, seed)));
    }

    @ParameterizedTest(name = "scalar-dag n = {0}, seed {1}")
    @MethodSource("randomDags")
    void randomScalarDagsAgree(int n, long seed) {
        agree(ModelFamilies.require("scalar-dag").instance(n, Map.of(), seed));
    }

    static Stream<Arguments> families() {
        return ModelFamilies.all().stream().map(family -> Arguments.of(family.id(), family));
    }

    @ParameterizedTest(name = "{0} at its smallest size")
    @MethodSource("families")
    void everyFamilyAgreesAtItsSmallestSize(String id, ModelFamily family) {
        agree(family.instance(family.sizes().min(), Map.of(), 11));
    }

    @ParameterizedTest(name = "{0} size {1}")
    @MethodSource("largerModels")
    void largerModelsAgree(String family, int size) {
        agree(ModelFamilies.require(family).instance(size, Map.of(), 5));
    }

    static Stream<Arguments> largerModels() {
        return Stream.of(Arguments.of("ode-chain", 50), Arguments.of("mlp-width", 8), Arguments.of("jacobian", 12),
                Arguments.of("mlp-depth", 4), Arguments.of("scalar-example", 2));
    }

    /** Every operator of both compiled engines against its interpreted twin, values and statistics. */
    static void agree(ModelInstance model) {
        Graph graph = model.graph();
        String what = model.family() + " size " + model.size();
        double[] x = model.point();
        Random random = new Random(17);
        double[] direction = random.doubles(graph.parameterCount(), -1, 1).toArray();
        double[] cotangent = random.doubles(graph.outputSize(), -1, 1).toArray();
        for (List<DiffEngine> pair : List.of(List.<DiffEngine>of(new CompiledForwardEngine(), new ForwardEngine()),
                List.<DiffEngine>of(new CompiledReverseEngine(), new ReverseEngine()))) {
            PreparedDiff compiled = pair.get(0).prepare(graph, EngineOptions.none());
            PreparedDiff interpreted = pair.get(1).prepare(graph, EngineOptions.none());
            Calls mine = new Calls(compiled, x, direction, cotangent);
            Calls theirs = new Calls(interpreted, x, direction, cotangent);
            String label = what + " by " + compiled.engineId();
            Rho.assertClose("value of " + label, mine.value(), theirs.value(), BOUND);
            if (graph.hasScalarOutput()) {
                Rho.assertClose("gradient of " + label, mine.gradient(), theirs.gradient(), BOUND);
            } else {
                Rho.assertClose("jacobian of " + label, mine.jacobian(), theirs.jacobian(), BOUND);
            }
            if (pair.get(0) instanceof CompiledForwardEngine) {
                Rho.assertClose("jvp of " + label, mine.jvp(), theirs.jvp(), BOUND);
                assertThat(mine.lastStatistics.flops()).as("flops of one jvp by %s", label)
                        .isEqualTo(theirs.lastStatistics.flops());
            } else {
                Rho.assertClose("vjp of " + label, mine.vjp(), theirs.vjp(), BOUND);
                assertThat(mine.lastStatistics).as("statistics of one vjp by %s", label)
                        .usingRecursiveComparison().ignoringFields("retainedBytes")
                        .isEqualTo(theirs.lastStatistics);
            }
        }
    }

    /** The operators of one prepared engine at one point, each returning its result as one array. */
    private static final class Calls {
        private final PreparedDiff prepared;
        private final double[] x;
        private final double[] direction;
        private final double[] cotangent;
        private final int n;
        private final int m;
        CallStatistics lastStatistics;

        Calls(PreparedDiff prepared, double[] x, double[] direction, double[] cotangent) {
            this.prepared = prepared;
            this.x = x;
            this.direction = direction;
            this.cotangent = cotangent;
            this.n = x.length;
            this.m = prepared.graph().outputSize();
        }

        double[] value() {
            double[] y = new double[m];
            prepared.value(x, y);
            return y;
        }

        double[] gradient() {
            double[] g = new double[n + 1];
            double[] gradient = new double[n];
            g[n] = prepared.gradient(x, gradient);
            System.arraycopy(gradient, 0, g, 0, n);
            return g;
        }

        double[] jacobian() {
            double[] y = new double[m];
            double[] j = new double[m * n];
            prepared.jacobian(x, y, j);
            return concat(y, j);
        }

        double[] jvp() {
            double[] y = new double[m];
            double[] yDot = new double[m];
            prepared.jvp(x, direction, y, yDot);
            lastStatistics = prepared.statistics();
            return concat(y, yDot);
        }

        double[] vjp() {
            double[] y = new double[m];
            double[] xBar = new double[n];
            prepared.vjp(x, cotangent, y, xBar);
            lastStatistics = prepared.statistics();
            return concat(y, xBar);
        }

        private static double[] concat(double[] a, double[] b) {
            double[] c = new double[a.length + b.length];
            System.arraycopy(a, 0, c, 0, a.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }
    }
}
