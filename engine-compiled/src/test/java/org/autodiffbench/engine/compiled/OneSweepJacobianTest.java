package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * compiled-reverse builds a Jacobian in one sweep with matrix adjoints when every active node has
 * a matrix-adjoint rule, and by rows otherwise. Either way it agrees to ρ ≤ 1e-12 with the
 * interpreted reverse engine's row sweeps, and on the jacobian family with the hand-written
 * Jacobian J = diag(1 − t²)·A·diag(cos x) + B; once with finite differences.
 */
class OneSweepJacobianTest {

    private static final double BOUND = 1e-12;

    @ParameterizedTest(name = "jacobian n = {0}, m = {1}")
    @CsvSource({"8, 8", "8, 3", "5, 17", "16, 16", "33, 64", "64, 7", "1, 9", "12, 1"})
    void theJacobianFamilyIsOneSweepAndAgreesWithTheHandJacobianAndTheRows(int n, int m) {
        ModelInstance model = ModelFamilies.require("jacobian").instance(n, Map.of("outputs", Integer.toString(m)), 3);
        double[] x = model.point();
        double[] hand = new double[m * n];
        model.handDerivative().orElseThrow().jacobian(x, new double[m], hand);
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        double[] mine = jacobian(compiled, x);
        assertThat(compiled.statistics().adjointSweeps()).as("adjoint sweeps of the jacobian n = %d, m = %d", n, m)
                .isEqualTo(1);
        Rho.assertClose("jacobian n = " + n + ", m = " + m + " against the hand Jacobian", mine, hand, BOUND);
        Rho.assertClose("jacobian n = " + n + ", m = " + m + " against the row sweeps", mine, rows(model.graph(), x),
                BOUND);
    }

    @Test
    void theJacobianFamilyAgreesWithFiniteDifferences() {
        ModelInstance model = ModelFamilies.require("jacobian").instance(6, Map.of("outputs", "4"), 8);
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        double[] expected = FiniteDifferenceJacobian.of(point -> {
            double[] y = new double[4];
            compiled.value(point, y);
            return y;
        }, model.point());
        // The five-point difference is good to about 1e-10 on smooth functions of this size.
        Rho.assertClose("jacobian n = 6, m = 4 against finite differences", jacobian(compiled, model.point()), expected,
                1e-9);
    }

    @Test
    void aSecondCallGivesTheSameJacobianAtAnotherPoint() {
        ModelInstance model = ModelFamilies.require("jacobian").instance(9, Map.of("outputs", "5"), 4);
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        double[] other = new Random(2).doubles(9, -1, 1).toArray();
        jacobian(compiled, model.point());
        Rho.assertClose("jacobian at a second point", jacobian(compiled, other), rows(model.graph(), other), BOUND);
    }

    static Stream<Arguments> randomGraphs() {
        return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L).map(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomGraphs")
    void randomGraphsOfRuledNodesAreOneSweepAndAgreeWithTheRows(long seed) {
        Graph graph = randomGraph(seed, false);
        agreeWithTheRows(graph, seed, 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomGraphs")
    void randomGraphsWithANodeWithoutARuleFallBackToRows(long seed) {
        Graph graph = randomGraph(seed, true);
        agreeWithTheRows(graph, seed, graph.outputSize());
    }

    /** compiled-reverse's Jacobian at a random point, made in {@code sweeps} sweeps, against the row sweeps. */
    private static void agreeWithTheRows(Graph graph, long seed, long sweeps) {
        double[] x = new Random(seed + 100).doubles(graph.parameterCount(), -1, 1).toArray();
        PreparedDiff compiled = new CompiledReverseEngine().prepare(graph, EngineOptions.none());
        double[] mine = jacobian(compiled, x);
        assertThat(compiled.statistics().adjointSweeps()).as("adjoint sweeps of random graph %d:%n%s", seed, graph)
                .isEqualTo(sweeps);
        Rho.assertClose("random graph " + seed + ":\n" + graph, mine, rows(graph, x), BOUND);
    }

    @ParameterizedTest(name = "scalar-dag n = {0}")
    @CsvSource({"5", "64", "200"})
    void scalarDagsAreOneSweepAndAgreeWithTheRows(int n) {
        ModelInstance model = ModelFamilies.require("scalar-dag").instance(n, Map.of(), 9);
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        double[] mine = jacobian(compiled, model.point());
        assertThat(compiled.statistics().adjointSweeps()).as("adjoint sweeps of scalar-dag n = %d", n).isEqualTo(1);
        Rho.assertClose("scalar-dag n = " + n, mine, rows(model.graph(), model.point()), BOUND);
    }

    private static double[] jacobian(PreparedDiff prepared, double[] x) {
        Graph graph = prepared.graph();
        double[] y = new double[graph.outputSize()];
        double[] j = new double[graph.outputSize() * graph.parameterCount()];
        java.util.Arrays.fill(j, Double.NaN);
        prepared.jacobian(x, y, j);
        return j;
    }

    /** The interpreted reverse engine's Jacobian: one row sweep per output. */
    private static double[] rows(Graph graph, double[] x) {
        return jacobian(new ReverseEngine().prepare(graph, EngineOptions.none()), x);
    }

    /**
     * A random graph over two differentiable vectors: elementwise functions, sums and products of
     * same-sized values, and products with fixed matrices, with two or three outputs, some used
     * again inside. With {@code withoutRule}, the last node, an output, is one a matrix-adjoint
     * sweep has no rule for: a sum, a scalar broadcast against a vector, or a product with a
     * differentiable matrix.
     */
    private static Graph randomGraph(long seed, boolean withoutRule) {
        Random random = new Random(seed);
        GraphBuilder g = new GraphBuilder();
        int[] sizes = {1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(6)};
        List<Var> vars = new ArrayList<>();
        List<Integer> varSizes = new ArrayList<>();
        Var x = g.vector("x", sizes[0]);
        Var z = g.vector("z", sizes[1]);
        Var wInput = withoutRule && seed % 3 == 2 ? g.matrix("W", sizes[2], sizes[0]) : null;
        vars.add(x);
        varSizes.add(sizes[0]);
        vars.add(z);
        varSizes.add(sizes[1]);
        List<Function<Var, Var>> unary = List.of(g::sin, g::cos, g::tanh, g::sigmoid, g::square, g::neg);
        int steps = 8 + random.nextInt(10);
        int ruleless = withoutRule ? steps - 1 : -1;
        for (int step = 0; step < steps; step++) {
            int pick = random.nextInt(vars.size());
            Var a = vars.get(pick);
            int size = varSizes.get(pick);
            Var result;
            int resultSize = size;
            if (step == ruleless) {
                switch ((int) (seed % 3)) {
                    case 0 -> {
                        result = g.mul(g.sum(a), g.sin(a));
                    }
                    case 1 -> {
                        Var scalar = g.sum(g.square(a));
                        int other = random.nextInt(vars.size());
                        result = g.mul(scalar, vars.get(other));
                        resultSize = varSizes.get(other);
                    }
                    default -> {
                        result = g.matVec(wInput, x);
                        resultSize = sizes[2];
                    }
                }
            } else {
                int kind = random.nextInt(3);
                int partner = sameSized(varSizes, size, random);
                if (kind == 0 || partner < 0) {
                    result = unary.get(random.nextInt(unary.size())).apply(a);
                } else if (kind == 1) {
                    Var b = vars.get(partner);
                    int op = random.nextInt(3);
                    result = op == 0 ? g.add(a, b) : op == 1 ? g.sub(a, b) : g.mul(a, b);
                } else {
                    resultSize = sizes[random.nextInt(3)];
                    double[] matrix = random.doubles((long) resultSize * size, -1, 1).toArray();
                    result = g.matVec(g.data("A" + step, Shape.matrix(resultSize, size), matrix), a);
                }
            }
            vars.add(result);
            varSizes.add(resultSize);
        }
        int last = vars.size() - 1;
        g.output(vars.get(last));
        g.output(vars.get(2 + random.nextInt(last - 2)));
        if (random.nextBoolean()) {
            g.output(vars.get(random.nextInt(last)));
        }
        return g.build();
    }

    /** A value of the same size, or -1 when there is none. */
    private static int sameSized(List<Integer> sizes, int size, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) == size) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }
}
