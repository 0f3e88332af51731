package org.autodiffbench.harness.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.harness.expr.ExpressionParser;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Baydin, Pearlmutter, Radul and Siskind, "Automatic differentiation in
 * machine learning: a survey", JMLR 18 (2018): f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5),
 * with the numbers of the paper's primal, tangent and adjoint traces (∂f/∂x1 = 5.5,
 * ∂f/∂x2 = 2 − cos 5 = 1.716338). Node ids: x1 = 0, x2 = 1, then v1 … v5 = 2 … 6.
 */
class ExplanationTest {

    private static final double TRACE = 1e-6;

    private final Explanation worked = Explanation.of(
            ExpressionParser.parse("ln(x1) + x1*x2 - sin(x2)").graph(), new double[] {2, 5});

    @Test
    void primalTraceMatchesTheReference() {
        double[] expected = {2, 5, 0.693147, 10, -0.958924, 10.693147, 11.652071};
        for (int id = 0; id < expected.length; id++) {
            assertThat(worked.value(id)).as("node %d", id).isCloseTo(expected[id], within(TRACE));
        }
        NodeLabels labels = worked.labels();
        assertThat(List.of(labels.label(0), labels.label(1), labels.label(2), labels.label(6)))
                .containsExactly("v-1", "v0", "v1", "v5");
        assertThat(List.of(labels.definition(2), labels.definition(3), labels.definition(4), labels.definition(5),
                labels.definition(6))).containsExactly("log v-1", "v-1 · v0", "sin v0", "v1 + v2", "v4 − v3");
    }

    @Test
    void tangentTraceSeededWithX1MatchesTheReference() {
        double[] expected = {1, 0, 0.5, 5, 0, 5.5, 5.5};
        for (int id = 0; id < expected.length; id++) {
            assertThat(worked.tangent(0, id)).as("node %d", id).isCloseTo(expected[id], within(TRACE));
        }
    }

    @Test
    void tangentTraceSeededWithX2GivesTheSecondPartial() {
        // v̇2 = x1 = 2, v̇3 = cos 5, v̇5 = 2 − cos 5.
        double[] expected = {0, 1, 0, 2, Math.cos(5), 2, 2 - Math.cos(5)};
        for (int id = 0; id < expected.length; id++) {
            assertThat(worked.tangent(1, id)).as("node %d", id).isCloseTo(expected[id], within(1e-15));
        }
    }

    @Test
    void adjointTraceComesInTheReferenceOrder() {
        // v̄4 = 1; v̄3 = −1; v̄1 = 1; v̄2 = 1; v̄0 = −0.283662; v̄-1 = 5; v̄0 += → 1.716338; v̄-1 += → 5.5.
        List<AdjointStep> steps = worked.adjointSteps();
        int[] targets = {5, 4, 2, 3, 1, 0, 1, 0};
        double[] totals = {1, -1, 1, 1, -0.283662, 5, 1.716338, 5.5};
        boolean[] first = {true, true, true, true, true, true, false, false};
        assertThat(steps).hasSize(targets.length);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).target()).as("step %d", i).isEqualTo(targets[i]);
            assertThat(steps.get(i).total()).as("step %d", i).isCloseTo(totals[i], within(TRACE));
            assertThat(steps.get(i).first()).as("step %d", i).isEqualTo(first[i]);
        }
        assertThat(steps.get(6).contribution()).isEqualTo(2.0);
        assertThat(steps.get(7).contribution()).isEqualTo(0.5);
    }

    @Test
    void gradientIsTheReferenceGradient() {
        assertThat(worked.gradient()[0]).isEqualTo(5.5);
        assertThat(worked.gradient()[1]).isCloseTo(1.7163378145367738, within(1e-15));
        assertThat(worked.output()).isCloseTo(Math.log(2) + 2 * 5 - Math.sin(5), within(1e-14));
    }

    @Test
    void fanOutAddsBothContributions() {
        // f = x·x at 3: two contributions of 3 each to x̄.
        Explanation e = Explanation.of(ExpressionParser.parse("x*x").graph(), new double[] {3});
        assertThat(e.adjointSteps()).extracting(AdjointStep::contribution).containsExactly(3.0, 3.0);
        assertThat(e.adjointSteps()).extracting(AdjointStep::first).containsExactly(true, false);
        assertThat(e.gradient()).containsExactly(6.0);
    }

    @Test
    void constantsAreLiteralsAndReceiveNoAdjoint() {
        // f = 2·x + 3 at x = 4: v1 = 2 · v0, v2 = v1 + 3; ∂f/∂x = 2.
        Explanation e = Explanation.of(ExpressionParser.parse("2*x + 3").graph(), new double[] {4});
        Graph g = e.graph();
        int mul = g.nodeCount() - 2;
        assertThat(e.labels().definition(mul)).isEqualTo("2 · v0");
        assertThat(e.labels().definition(g.nodeCount() - 1)).isEqualTo("v1 + 3");
        assertThat(e.adjointSteps()).extracting(AdjointStep::target).containsExactly(mul, 0);
        assertThat(e.output()).isEqualTo(11.0);
        assertThat(e.gradient()).containsExactly(2.0);
    }

    @Test
    void aGraphWithAVectorIsRefused() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 3);
        Graph g = b.output(b.sum(b.sin(x))).build();
        assertThatThrownBy(() -> Explanation.of(g, new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("graphs of scalars").hasMessageContaining("vector[3]");
    }
}
