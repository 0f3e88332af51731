package org.autodiffbench.api.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.primitives.Primitives;
import org.junit.jupiter.api.Test;

/** Activity analysis, output sizes and work counts of built graphs. */
class GraphTest {

    @Test
    void activityIsVariedAndUseful() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var unusedInput = b.scalar("unusedInput");
        Var d = b.data("d", Shape.scalar(), 3.0);
        Var s = b.sin(x);
        Var unusedBranch = b.exp(x);
        Var dataOnly = b.square(d);
        Var two = b.constant(2.0);
        Var scaled = b.mul(s, dataOnly);
        Var y = b.add(scaled, two);
        b.output(y);
        Graph g = b.build();

        assertThat(g.isActive(x.id())).isTrue();
        assertThat(g.isActive(s.id())).isTrue();
        assertThat(g.isActive(scaled.id())).isTrue();
        assertThat(g.isActive(y.id())).isTrue();

        assertThat(g.isVaried(unusedBranch.id())).isTrue();
        assertThat(g.isUseful(unusedBranch.id())).isFalse();
        assertThat(g.isActive(unusedBranch.id())).isFalse();

        assertThat(g.isVaried(unusedInput.id())).isTrue();
        assertThat(g.isUseful(unusedInput.id())).isFalse();
        assertThat(g.isActive(unusedInput.id())).isFalse();

        for (Var v : new Var[] {d, dataOnly, two}) {
            assertThat(g.isUseful(v.id())).as("node %d", v.id()).isTrue();
            assertThat(g.isVaried(v.id())).as("node %d", v.id()).isFalse();
            assertThat(g.isActive(v.id())).as("node %d", v.id()).isFalse();
        }
    }

    @Test
    void primalFlopsCountOnlyUsefulNodes() {
        GraphBuilder b = new GraphBuilder();
        Var w = b.matrix("w", 3, 4);
        Var x = b.vector("x", 4);
        Var y = b.matVec(w, x);
        b.exp(y);
        b.output(b.sum(y));
        Graph g = b.build();
        long matvec = Primitives.MATVEC.primalFlops(new Shape[] {w.shape(), x.shape()}, y.shape());
        long sum = Primitives.SUM.primalFlops(new Shape[] {y.shape()}, Shape.scalar());
        assertThat(matvec).isEqualTo(24);
        assertThat(g.primalFlops()).isEqualTo(matvec + sum);
    }

    @Test
    void outputsConcatenateInTheOrderTheyAreMarked() {
        GraphBuilder b = new GraphBuilder();
        Var v = b.vector("v", 3);
        Var total = b.sum(v);
        b.output(b.exp(v)).output(total);
        Graph g = b.build();

        assertThat(g.outputCount()).isEqualTo(2);
        assertThat(g.outputSize()).isEqualTo(4);
        assertThat(g.hasScalarOutput()).isFalse();
        assertThat(g.output(1)).isEqualTo(total.id());
        int[] outputs = g.outputs();
        outputs[0] = -1;
        assertThat(g.outputs()[0]).isNotNegative();
    }

    @Test
    void aOneElementVectorOutputHasAGradient() {
        GraphBuilder b = new GraphBuilder();
        Var v = b.vector("v", 1);
        b.output(b.sin(v));
        Graph g = b.build();
        assertThat(g.outputSize()).isEqualTo(1);
        assertThat(g.hasScalarOutput()).isTrue();
    }

    @Test
    void inputsAreFoundByName() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        b.output(b.sum(x));
        Graph g = b.build();
        assertThat(g.input("x")).map(Input::nodeId).contains(x.id());
        assertThat(g.input("nope")).isEmpty();
        assertThat(g.nameOf(x.id())).isEqualTo("x");
    }
}
