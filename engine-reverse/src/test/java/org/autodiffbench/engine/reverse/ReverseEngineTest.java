package org.autodiffbench.engine.reverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;

class ReverseEngineTest {

    private static final ReverseEngine ENGINE = new ReverseEngine();

    /**
     * f(x1, x2) = ln(x1) + x1·x2 − sin(x2), the worked example of Baydin, Pearlmutter, Radul and
     * Siskind, "Automatic differentiation in machine learning: a survey", JMLR 18 (2018); at
     * (2, 5), ∂f/∂x1 = 5.5 and ∂f/∂x2 = 2 − cos 5 = 1.7163378145367738.
     */
    static Graph workedExample() {
        return ModelFamilies.require("scalar-example").instance(2, 1L).graph();
    }

    @Test
    void workedExampleMatchesTheReferenceAdjoints() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        double[] gradient = new double[2];
        double value = prepared.gradient(new double[] {2, 5}, gradient);
        assertThat(value).isCloseTo(11.652071455223084, within(1e-12));
        assertThat(gradient[0]).isCloseTo(5.5, within(1e-15));
        assertThat(gradient[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }

    @Test
    void oneTapedSweepAndOneAdjointSweepPerGradient() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        prepared.gradient(new double[] {2, 5}, new double[2]);
        CallStatistics stats = prepared.statistics();
        assertThat(stats.adjointSweeps()).isEqualTo(1);
        assertThat(stats.tangentSweeps()).isZero();
        assertThat(stats.stageEvaluations()).isEqualTo(1);
        // Five intermediate scalars (log, mul, sin, add, sub), each a value and an adjoint
        // double[1] of 16 header bytes + 8.
        assertThat(stats.retainedBytes()).isEqualTo(2 * 5 * (16 + 8));
        // Primal: log, mul, sin, add, sub = 5 flops; VJP: log 3, mul 2+2, sin 3, add 2+2, sub 2+2 = 18.
        assertThat(stats.flops()).isEqualTo(5 + 18);
    }

    @Test
    void fanOutAccumulates() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var sq = b.mul(x, x);
        b.output(b.add(b.mul(sq, x), sq)); // x³ + x², derivative 3x² + 2x
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] g = new double[1];
        prepared.gradient(new double[] {1.5}, g);
        assertThat(g[0]).isCloseTo(3 * 1.5 * 1.5 + 2 * 1.5, within(1e-14));
    }

    @Test
    void jacobianByRowsReusesOneTape() {
        // y = (x0·x1, sin x0 + x2) ; J = [[x1, x0, 0], [cos x0, 0, 1]]
        GraphBuilder b = new GraphBuilder();
        Var x0 = b.scalar("x0");
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        b.output(b.mul(x0, x1));
        b.output(b.add(b.sin(x0), x2));
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] x = {0.3, -1.2, 2.0};
        double[] y = new double[2];
        double[] jac = new double[6];
        prepared.jacobian(x, y, jac);
        assertThat(y).containsExactly(0.3 * -1.2, Math.sin(0.3) + 2.0);
        assertThat(jac).containsExactly(-1.2, 0.3, 0.0, Math.cos(0.3), 0.0, 1.0);
        assertThat(prepared.statistics().adjointSweeps()).isEqualTo(2);
        assertThat(prepared.statistics().stageEvaluations()).isEqualTo(1);
    }

    @Test
    void vjpOfAMatVecIsTheTransposedProduct() {
        GraphBuilder b = new GraphBuilder();
        Var w = b.matrix("W", 2, 3);
        Var x = b.data("x", Shape.vector(3), 1, 2, 3);
        b.output(b.matVec(w, x));
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] wValues = {1, 0, -1, 2, 1, 0};
        double[] y = new double[2];
        double[] wBar = new double[6];
        prepared.vjp(wValues, new double[] {10, 100}, y, wBar);
        assertThat(y).containsExactly(-2, 4);
        // W̄ = u·xᵀ
        assertThat(wBar).containsExactly(10, 20, 30, 100, 200, 300);
    }

    @Test
    void offersNoJvpAndSaysSo() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        assertThatThrownBy(() -> prepared.jvp(new double[2], new double[2], new double[1], new double[1]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .hasMessageContaining("'reverse'").hasMessageContaining("jvp");
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> ENGINE.prepare(workedExample(), EngineOptions.parse(java.util.List.of("lanes=2"))))
                .hasMessage("engine 'reverse' has no option 'lanes'; it takes no options");
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(EngineRegistry.discover().find("reverse")).isPresent();
    }
}
