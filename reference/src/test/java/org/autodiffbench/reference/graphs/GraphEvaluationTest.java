package org.autodiffbench.reference.graphs;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.junit.jupiter.api.Test;

/** What the builder's bookkeeping means once a graph is evaluated: data values and activity. */
class GraphEvaluationTest {

    /** The builder copies a data input's values: changing the caller's array later changes nothing. */
    @Test
    void aDataInputKeepsTheValuesItWasBuiltWith() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        double[] values = {3, 4};
        b.output(b.dot(x, b.data("t", Shape.vector(2), values)));
        values[0] = 99;
        Graph g = b.build();
        assertThat(new ReferenceInterpreter(g).apply(new double[] {1, 2})).containsExactly(11.0);
    }

    /**
     * y = sin(x)·d² + 2 with data d = 3, beside an input and an exp(x) branch that no output
     * uses: ∂y/∂x = 9·cos(x), and the unused input's derivative is zero.
     */
    @Test
    void anInputNoOutputUsesHasDerivativeZero() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        b.scalar("unusedInput");
        Var d = b.data("d", Shape.scalar(), 3.0);
        b.exp(x);
        b.output(b.add(b.mul(b.sin(x), b.square(d)), b.constant(2.0)));
        double[] gradient = new ReferenceInterpreter(b.build()).gradient(new double[] {0.4, 7.0});
        assertThat(gradient).containsExactly(9 * Math.cos(0.4), 0.0);
    }
}
