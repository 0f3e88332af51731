package org.autodiffbench.api.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.ShapeException;
import org.junit.jupiter.api.Test;

/** How the builder lays out inputs, nodes and stages, and what it refuses. */
class GraphBuilderTest {

    @Test
    void differentiableInputsTakeConsecutiveOffsetsAndDataInputsTakeNone() {
        GraphBuilder b = new GraphBuilder();
        Var a = b.scalar("a");
        Var v = b.vector("v", 3);
        b.data("target", Shape.vector(2), 7, 8);
        Var w = b.matrix("w", 2, 2);
        Var e = b.scalar("e");
        b.output(b.add(b.add(b.add(a, b.sum(v)), b.sum(w)), e));
        Graph g = b.build();

        assertThat(g.parameterCount()).isEqualTo(1 + 3 + 4 + 1);
        assertThat(g.differentiableInputs()).extracting(Input::name).containsExactly("a", "v", "w", "e");
        assertThat(g.differentiableInputs()).extracting(Input::offset).containsExactly(0, 1, 4, 8);
        assertThat(g.input("target").orElseThrow().offset()).isEqualTo(-1);
        assertThat(g.inputs()).extracting(Input::nodeId).containsExactly(0, 1, 2, 3, 4);
        assertThat(List.of(a, v, w, e)).extracting(Var::shape)
                .containsExactly(Shape.scalar(), Shape.vector(3), Shape.matrix(2, 2), Shape.scalar());
    }

    @Test
    void dataInputsCarryTheirValueAndAreNotVaried() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        double[] values = {3, 4};
        Var t = b.data("t", Shape.vector(2), values);
        b.output(b.dot(x, t));
        values[0] = 99;
        Graph g = b.build();

        Input t1 = g.input("t").orElseThrow();
        assertThat(t1.role()).isEqualTo(InputRole.DATA);
        assertThat(t1.isDifferentiable()).isFalse();
        assertThat(t1.data()).containsExactly(3, 4);
        t1.data()[1] = 99;
        double[] copy = new double[2];
        t1.copyDataInto(copy);
        assertThat(copy).containsExactly(3, 4);
        assertThat(g.isVaried(t.id())).isFalse();
        assertThat(g.isVaried(x.id())).isTrue();
        assertThat(g.parameterCount()).isEqualTo(2);
    }

    @Test
    void dataInputWithTheWrongNumberOfValuesIsRefused() {
        GraphBuilder b = new GraphBuilder();
        assertThatThrownBy(() -> b.data("t", Shape.vector(3), 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data input 't' needs 3 values");
    }

    @Test
    void duplicateInputNamesAreRefused() {
        GraphBuilder b = new GraphBuilder();
        b.scalar("x");
        assertThatThrownBy(() -> b.vector("x", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input 'x' is declared twice");
        assertThatThrownBy(() -> b.data("x", Shape.scalar(), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBuiltBuilderRefusesEverything() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        b.output(b.sin(x));
        b.build();
        String closed = "this builder has already built its graph";
        assertThatThrownBy(() -> b.scalar("y")).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> b.cos(x)).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> b.constant(1.0)).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> b.output(x)).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(b::nextStage).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }

    @Test
    void aGraphNeedsAnOutput() {
        GraphBuilder b = new GraphBuilder();
        b.scalar("x");
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("a graph needs at least one output");
    }

    @Test
    void shapeMistakesAreReportedWhereTheyAreMade() {
        GraphBuilder b = new GraphBuilder();
        Var v = b.vector("v", 3);
        Var w = b.vector("w", 4);
        assertThatThrownBy(() -> b.add(v, w)).isInstanceOf(ShapeException.class).hasMessageStartingWith("add: ");
        assertThatThrownBy(() -> b.matVec(v, w)).isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("matvec: ");
    }

    @Test
    void anOperandFromAnotherBuilderIsRefused() {
        GraphBuilder other = new GraphBuilder();
        other.scalar("a");
        Var foreign = other.vector("b", 2);
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        assertThatThrownBy(() -> b.mul(x, foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mul: operand 1 is not a node of this builder");
    }

    @Test
    void nextStageStartsANewStage() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        Var h1 = b.tanh(x);
        b.nextStage();
        Var h2 = b.tanh(h1);
        b.nextStage().nextStage();
        Var y = b.sum(h2);
        b.output(y);
        Graph g = b.build();

        assertThat(g.stageCount()).isEqualTo(4);
        assertThat(g.node(x.id()).stage()).isZero();
        assertThat(g.node(h1.id()).stage()).isZero();
        assertThat(g.node(h2.id()).stage()).isEqualTo(1);
        assertThat(g.node(y.id()).stage()).isEqualTo(3);
    }

    @Test
    void convenienceMethodsApplyTheNamedPrimitive() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var p = b.pow(x, 2.5);
        Var c = b.constant(Shape.vector(2), 1, 2);
        b.output(p);
        Graph g = b.build();
        assertThat(g.node(p.id()).primitive()).isEqualTo(new PowConst(2.5));
        assertThat(g.node(c.id()).shape()).isEqualTo(Shape.vector(2));
        assertThat(g.node(c.id()).operandCount()).isZero();
    }
}
