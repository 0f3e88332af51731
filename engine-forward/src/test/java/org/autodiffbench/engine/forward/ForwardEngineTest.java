package org.autodiffbench.engine.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ForwardEngineTest {

    private static final ForwardEngine ENGINE = new ForwardEngine();

    static Graph workedExample() {
        return ModelFamilies.require("scalar-example").instance(2, 1L).graph();
    }

    private static PreparedDiff prepare(Graph graph, int lanes) {
        return ENGINE.prepare(graph, EngineOptions.parse(List.of("lanes=" + lanes)));
    }

    @Test
    void tangentSeededWithX1IsTheReferenceTangent() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        double[] y = new double[1];
        double[] yDot = new double[1];
        prepared.jvp(new double[] {2, 5}, new double[] {1, 0}, y, yDot);
        assertThat(y[0]).isCloseTo(11.652071455223084, within(1e-12));
        assertThat(yDot[0]).isEqualTo(5.5);
        assertThat(prepared.statistics().tangentSweeps()).isEqualTo(1);
    }

    @Test
    void gradientOfTheWorkedExample() {
        double[] g = new double[2];
        double value = ENGINE.prepare(workedExample(), EngineOptions.none()).gradient(new double[] {2, 5}, g);
        assertThat(value).isCloseTo(11.652071455223084, within(1e-12));
        assertThat(g[0]).isEqualTo(5.5);
        assertThat(g[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }

    /** f(x) = Σ sin(xᵢ)·xᵢ₊₁ over a vector; ∂f/∂xⱼ = cos(xⱼ)·xⱼ₊₁ + sin(xⱼ₋₁). */
    private static double[] chainGradient(double[] x) {
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            if (j + 1 < x.length) {
                g[j] += Math.cos(x[j]) * x[j + 1];
            }
            if (j > 0) {
                g[j] += Math.sin(x[j - 1]);
            }
        }
        return g;
    }

    private static Graph chain(int n) {
        GraphBuilder b = new GraphBuilder();
        Var[] x = new Var[n];
        for (int i = 0; i < n; i++) {
            x[i] = b.scalar("x" + i);
        }
        Var total = b.mul(b.sin(x[0]), x[1]);
        for (int i = 1; i + 1 < n; i++) {
            total = b.add(total, b.mul(b.sin(x[i]), x[i + 1]));
        }
        b.output(total);
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16})
    void lanesChangeTheSweepCountButNotTheGradient(int lanes) {
        int n = 13;
        Random random = new Random(42);
        double[] x = random.doubles(n, -2, 2).toArray();
        PreparedDiff prepared = prepare(chain(n), lanes);
        double[] g = new double[n];
        prepared.gradient(x, g);
        double[] expected = chainGradient(x);
        for (int j = 0; j < n; j++) {
            assertThat(g[j]).as("∂f/∂x%d", j).isCloseTo(expected[j], within(1e-14));
        }
        CallStatistics stats = prepared.statistics();
        int effectiveLanes = Math.min(lanes, n);
        assertThat(stats.tangentSweeps()).isEqualTo((n + effectiveLanes - 1) / effectiveLanes);
        assertThat(stats.adjointSweeps()).isZero();
    }

    @Test
    void gradientWorkGrowsWithTheNumberOfInputs() {
        // Σ xᵢ² as one vector: every sweep pays the whole primal and tangent of the vector ops.
        long[] flops = new long[2];
        int[] sizes = {50, 100};
        for (int k = 0; k < 2; k++) {
            GraphBuilder b = new GraphBuilder();
            Var x = b.vector("x", sizes[k]);
            b.output(b.sum(b.square(x)));
            PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
            prepared.gradient(new double[sizes[k]], new double[sizes[k]]);
            flops[k] = prepared.statistics().flops();
        }
        // n sweeps of (primal 2n + jvp 3n) flops: quadratic in n.
        assertThat(flops[0]).isEqualTo(50L * (2 * 50 + 2 * 50 + 50));
        assertThat(flops[1]).isEqualTo(100L * (2 * 100 + 2 * 100 + 100));
    }

    @Test
    void jacobianByColumns() {
        GraphBuilder b = new GraphBuilder();
        Var x0 = b.scalar("x0");
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        b.output(b.mul(x0, x1));
        b.output(b.add(b.sin(x0), x2));
        PreparedDiff prepared = prepare(b.build(), 2);
        double[] y = new double[2];
        double[] jac = new double[6];
        prepared.jacobian(new double[] {0.3, -1.2, 2.0}, y, jac);
        assertThat(jac).containsExactly(-1.2, 0.3, 0.0, Math.cos(0.3), 0.0, 1.0);
        assertThat(prepared.statistics().tangentSweeps()).isEqualTo(2);
    }

    @Test
    void offersNoVjpAndSaysSo() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        assertThatThrownBy(() -> prepared.vjp(new double[2], new double[1], new double[1], new double[2]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .hasMessageContaining("'forward'").hasMessageContaining("vjp");
    }

    @Test
    void refusesBadLanes() {
        assertThatThrownBy(() -> prepare(workedExample(), 0)).hasMessage("option lanes=0 must be at least 1");
        assertThatThrownBy(() -> ENGINE.prepare(workedExample(), EngineOptions.parse(List.of("snapshots=3"))))
                .hasMessage("engine 'forward' has no option 'snapshots'; it takes lanes");
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(EngineRegistry.discover().find("forward")).isPresent();
    }
}
