package org.autodiffbench.engine.checkpointed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.checkpoint.Revolve;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointedEngineTest {

    private static final CheckpointedEngine ENGINE = new CheckpointedEngine();

    /**
     * A chain of l stages z ← tanh(W·z + b) ⊙ a + sin(z)·c on a vector of 3, with W, b, a, c
     * shared by every stage, and loss Σ z² in the last stage.
     */
    static Graph chain(int l) {
        GraphBuilder g = new GraphBuilder();
        Var w = g.matrix("W", 3, 3);
        Var b = g.vector("b", 3);
        Var a = g.scalar("a");
        Var c = g.scalar("c");
        Var z0 = g.vector("z0", 3);
        Var z = z0;
        for (int k = 0; k < l; k++) {
            if (k > 0) {
                g.nextStage();
            }
            z = g.add(g.mul(g.tanh(g.add(g.matVec(w, z), b)), a), g.mul(g.sin(z), c));
        }
        g.output(g.sum(g.square(z)));
        return g.build();
    }

    static double[] point(Graph graph, long seed) {
        return new Random(seed).doubles(graph.parameterCount(), -0.8, 0.8).toArray();
    }

    private static PreparedDiff prepare(Graph graph, String... options) {
        return ENGINE.prepare(graph, EngineOptions.parse(List.of(options)));
    }

    /** ρ(x, y) = |x − y| / max(1, |x| + |y|) entry by entry, the agreement metric of ADBench and GradBench. */
    private static void assertAgrees(double[] actual, double[] expected) {
        assertThat(Arrays.stream(actual).allMatch(Double::isFinite)).as("gradient is finite").isTrue();
        Rho.assertClose("gradient", actual, expected, 1e-12);
    }

    /**
     * The (l, s) pairs of Revolve's table (Griewank and Walther, "Algorithm 799: Revolve", ACM
     * TOMS 26(1), 2000).
     */
    static Stream<Arguments> revolvePairs() {
        return Stream.of(Arguments.of(10, 1), Arguments.of(10, 2), Arguments.of(10, 3), Arguments.of(20, 3),
                Arguments.of(55, 3), Arguments.of(56, 5), Arguments.of(100, 5), Arguments.of(100, 10),
                Arguments.of(1000, 10));
    }

    @ParameterizedTest(name = "l={0} s={1}")
    @MethodSource("revolvePairs")
    void binomialEvaluatesExactlyPPlusLStagesAndAgreesWithReverse(int l, int s) {
        Graph graph = chain(l);
        double[] x = point(graph, l * 31L + s);
        PreparedDiff prepared = prepare(graph, "schedule=binomial", "snapshots=" + s);
        double[] gradient = new double[x.length];
        prepared.gradient(x, gradient);
        CallStatistics stats = prepared.statistics();
        long p = Revolve.minimalAdvances(l, s);
        assertThat(stats.stageEvaluations()).isEqualTo(p + l);
        assertThat(stats.details()).containsEntry("untapedStageEvaluations", p).containsEntry("tapedStageEvaluations", (long) l);
        assertThat(stats.details().get("peakSnapshots")).isLessThanOrEqualTo(s);
        assertThat(stats.adjointSweeps()).isEqualTo(1);
        assertAgrees(gradient, new ReferenceInterpreter(graph).gradient(x));
    }

    @ParameterizedTest(name = "l={0} k={1}")
    @CsvSource({"16,4", "10,3", "25,5", "7,1"})
    void uniformCostsTwoSweepsLessTheLastSegment(int l, int k) {
        Graph graph = chain(l);
        double[] x = point(graph, 5);
        PreparedDiff prepared = prepare(graph, "schedule=uniform", "segments=" + k);
        double[] gradient = new double[x.length];
        prepared.gradient(x, gradient);
        int lastSegment = l - (int) ((long) (k - 1) * l / k);
        assertThat(prepared.statistics().stageEvaluations()).isEqualTo(2L * l - lastSegment);
        assertAgrees(gradient, new ReferenceInterpreter(graph).gradient(x));
    }

    @Test
    void enoughSnapshotsStoreEverythingAndRecomputeNothing() {
        Graph graph = chain(12);
        double[] x = point(graph, 9);
        PreparedDiff prepared = prepare(graph, "snapshots=12");
        double[] gradient = new double[x.length];
        prepared.gradient(x, gradient);
        assertThat(prepared.statistics().stageEvaluations()).isEqualTo(12);
        assertThat(prepared.statistics().details()).containsEntry("untapedStageEvaluations", 0L);
        assertAgrees(gradient, new ReferenceInterpreter(graph).gradient(x));
    }

    @Test
    void retainedBytesShrinkWithTheSnapshotBudget() {
        Graph graph = chain(256);
        double[] x = point(graph, 3);
        long storeAll = retained(graph, x, "snapshots=256");
        long sixteen = retained(graph, x, "snapshots=16");
        long two = retained(graph, x, "snapshots=2");
        assertThat(sixteen).isLessThan(storeAll / 8);
        assertThat(two).isLessThan(sixteen);
        // Store-all holds what plain reverse mode holds.
        assertThat(storeAll).isEqualTo(PlainReverse.retainedBytes(graph));
    }

    private static long retained(Graph graph, double[] x, String option) {
        PreparedDiff prepared = prepare(graph, option);
        prepared.gradient(x, new double[x.length]);
        return prepared.statistics().retainedBytes();
    }

    @Test
    void aGraphWithoutStagesIsOneStageOfPlainReverse() {
        GraphBuilder g = new GraphBuilder();
        Var x1 = g.scalar("x1");
        Var x2 = g.scalar("x2");
        g.output(g.sub(g.add(g.log(x1), g.mul(x1, x2)), g.sin(x2)));
        Graph graph = g.build();
        assertThatThrownBy(() -> prepare(graph, "snapshots=3")).hasMessage("option 'snapshots' needs a model with"
                + " stages, and this graph has one; use a staged model such as mlp-depth or ode-chain, or drop the option");
        PreparedDiff prepared = prepare(graph);
        double[] gradient = new double[2];
        double value = prepared.gradient(new double[] {2, 5}, gradient);
        assertThat(value).isEqualTo(Math.log(2) + 10 - Math.sin(5));
        assertThat(gradient[0]).isEqualTo(5.5);
        assertThat(gradient[1]).isEqualTo(2 - Math.cos(5));
        assertThat(prepared.statistics().stageEvaluations()).isEqualTo(1);
    }

    @Test
    void vjpAndJacobianRunTheScheduleOncePerRow() {
        GraphBuilder g = new GraphBuilder();
        Var x = g.vector("x", 2);
        Var z = g.sin(x);
        g.nextStage();
        z = g.mul(g.exp(z), x);
        g.output(z);
        Graph graph = g.build();
        double[] point = {0.3, -0.4};
        PreparedDiff prepared = prepare(graph, "snapshots=1");
        double[] y = new double[2];
        double[] jacobian = new double[4];
        prepared.jacobian(point, y, jacobian);
        // yᵢ = e^{sin xᵢ}·xᵢ, a diagonal Jacobian: cos xᵢ·e^{sin xᵢ}·xᵢ + e^{sin xᵢ}.
        for (int i = 0; i < 2; i++) {
            double e = Math.exp(Math.sin(point[i]));
            assertThat(y[i]).isCloseTo(e * point[i], org.assertj.core.api.Assertions.within(1e-15));
            assertThat(jacobian[i * 2 + i]).isCloseTo(Math.cos(point[i]) * e * point[i] + e,
                    org.assertj.core.api.Assertions.within(1e-15));
            assertThat(jacobian[i * 2 + 1 - i]).isZero();
        }
        assertThat(prepared.statistics().adjointSweeps()).isEqualTo(2);
    }

    @Test
    void refusesBadOptionsAndGraphsThatAreNotChains() {
        Graph graph = chain(4);
        assertThatThrownBy(() -> prepare(graph, "snapshots=0")).hasMessage("option snapshots=0 must be at least 1");
        assertThatThrownBy(() -> prepare(graph, "schedule=revolving"))
                .hasMessage("unknown schedule 'revolving'; choose binomial or uniform");
        assertThatThrownBy(() -> prepare(graph, "segments=2"))
                .hasMessage("segments applies to the uniform schedule; the binomial schedule takes snapshots");
        assertThatThrownBy(() -> prepare(graph, "schedule=uniform", "snapshots=2"))
                .hasMessage("snapshots applies to the binomial schedule; the uniform schedule takes segments");
        assertThatThrownBy(() -> prepare(chain(100_000), "snapshots=1")).hasMessage("the binomial schedule for"
                + " 100000 stages and 1 snapshot makes 5000050000 stage evaluations per gradient, more than"
                + " 50000000; give more snapshots");
        assertThatThrownBy(() -> prepare(graph, "lanes=2"))
                .hasMessageStartingWith("engine 'checkpointed' has no option 'lanes'");

        GraphBuilder g = new GraphBuilder();
        Var x = g.scalar("x");
        Var first = g.sin(x);
        g.nextStage();
        Var second = g.cos(first);
        g.nextStage();
        g.output(g.add(second, first));
        assertThatThrownBy(() -> prepare(g.build()))
                .hasMessageContaining("stages are not a chain: node v3 in stage 2 reads v1 from stage 0");
    }

    @Test
    void isFoundByServiceLoaderWithItsOptions() {
        assertThat(EngineRegistry.discover().find("checkpointed")).get()
                .satisfies(e -> assertThat(e.options()).extracting(o -> o.name())
                        .containsExactly("schedule", "snapshots", "segments"));
    }
}
