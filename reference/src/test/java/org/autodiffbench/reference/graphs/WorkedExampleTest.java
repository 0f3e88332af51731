package org.autodiffbench.reference.graphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.junit.jupiter.api.Test;

/**
 * f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5), the worked example of Baydin et al.,
 * Automatic differentiation in machine learning: a survey, JMLR 18 (2018): the graph follows
 * its evaluation trace node by node, and the reference interpreter reproduces its primal trace,
 * its forward-mode tangent ẏ = 5.5 for ẋ = (1, 0) and its reverse-mode adjoints
 * ∇f = (5.5, 1.7163378145367738).
 */
class WorkedExampleTest {

    private static final double[] POINT = {2, 5};

    private static Graph workedExample() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        b.output(b.sub(b.add(b.log(x1), b.mul(x1, x2)), b.sin(x2)));
        return b.build();
    }

    @Test
    void hasTwoParametersAndOneScalarOutput() {
        Graph f = workedExample();
        assertThat(f.parameterCount()).isEqualTo(2);
        assertThat(f.outputSize()).isEqualTo(1);
        assertThat(f.outputCount()).isEqualTo(1);
        assertThat(f.hasScalarOutput()).isTrue();
        assertThat(f.stageCount()).isEqualTo(1);
    }

    @Test
    void nodesFollowTheTraceInSsaOrder() {
        Graph f = workedExample();
        assertThat(f.nodeCount()).isEqualTo(7);
        assertThat(f.node(0).isInput()).isTrue();
        assertThat(f.node(1).isInput()).isTrue();
        assertThat(f.node(2).primitive()).isEqualTo(Primitives.LOG);
        assertThat(f.node(2).operands()).containsExactly(0);
        assertThat(f.node(3).primitive()).isEqualTo(Primitives.MUL);
        assertThat(f.node(3).operands()).containsExactly(0, 1);
        assertThat(f.node(4).primitive()).isEqualTo(Primitives.ADD);
        assertThat(f.node(4).operands()).containsExactly(2, 3);
        assertThat(f.node(5).primitive()).isEqualTo(Primitives.SIN);
        assertThat(f.node(5).operands()).containsExactly(1);
        assertThat(f.node(6).primitive()).isEqualTo(Primitives.SUB);
        assertThat(f.node(6).operands()).containsExactly(4, 5);
        assertThat(f.outputs()).containsExactly(6);
        assertThat(f.nameOf(0)).isEqualTo("x1");
        assertThat(f.nameOf(6)).isEqualTo("v6");
    }

    @Test
    void primalTraceMatchesTheReference() {
        double[][] v = new ReferenceInterpreter(workedExample()).values(POINT);
        assertThat(v[2][0]).isCloseTo(0.693147, within(1e-6));
        assertThat(v[3][0]).isEqualTo(10.0);
        assertThat(v[4][0]).isCloseTo(10.693147, within(1e-6));
        assertThat(v[5][0]).isCloseTo(-0.958924, within(1e-6));
        assertThat(v[6][0]).isCloseTo(11.652071, within(1e-6));
        assertThat(v[6][0]).isCloseTo(Math.log(2) + 10 - Math.sin(5), within(1e-14));
    }

    @Test
    void tangentAlongX1Is5Point5() {
        double[] yDot = new ReferenceInterpreter(workedExample()).jvp(POINT, new double[] {1, 0});
        assertThat(yDot[0]).isCloseTo(5.5, within(1e-15));
    }

    @Test
    void adjointSweepGivesTheReferenceGradient() {
        double[] gradient = new ReferenceInterpreter(workedExample()).gradient(POINT);
        assertThat(gradient[0]).isCloseTo(5.5, within(1e-15));
        assertThat(gradient[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }
}
