package org.autodiffbench.api.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.autodiffbench.api.primitives.Concat;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.api.primitives.Reshape;
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
    void stackMakesAMatrixWhoseRowsAreTheVectorsFromAConcatAndAReshape() {
        GraphBuilder b = new GraphBuilder();
        Var u = b.vector("u", 3);
        Var v = b.vector("v", 3);
        Var m = b.stack(u, v);
        b.output(m);
        Graph g = b.build();
        assertThat(m.shape()).isEqualTo(Shape.matrix(2, 3));
        assertThat(g.node(m.id()).primitive()).isEqualTo(new Reshape(Shape.matrix(2, 3)));
        Node concat = g.node(g.node(m.id()).operand(0));
        assertThat(concat.primitive()).isEqualTo(new Concat(2));
        assertThat(concat.operands()).containsExactly(u.id(), v.id());
    }

    @Test
    void stackRefusesVectorsOfDifferentLengthsAndMatrices() {
        GraphBuilder b = new GraphBuilder();
        Var u = b.vector("u", 3);
        Var w = b.vector("w", 4);
        assertThatThrownBy(() -> b.stack(u, w)).isInstanceOf(ShapeException.class)
                .hasMessage("stack: row 1 is vector[4] but row 0 is vector[3]; stack needs vectors of one length");
        Var m = b.matrix("m", 1, 3);
        assertThatThrownBy(() -> b.stack(u, m)).isInstanceOf(ShapeException.class)
                .hasMessage("stack: row 1 is matrix[1×3]; stack takes vectors (or scalars)");
        assertThatThrownBy(() -> b.stack()).isInstanceOf(ShapeException.class)
                .hasMessage("stack: needs at least one vector");
    }

    @Test
    void aSliceOrGatherOutsideItsOperandIsRefusedWhenTheGraphIsBuilt() {
        GraphBuilder b = new GraphBuilder();
        Var v = b.vector("v", 3);
        assertThatThrownBy(() -> b.slice(v, 2, 2)).isInstanceOf(ShapeException.class)
                .hasMessage("slice: elements 2..3 reach outside vector[3] (elements 0..2)");
        assertThatThrownBy(() -> b.gather(v, 0, 3)).isInstanceOf(ShapeException.class)
                .hasMessage("gather: index 3 (position 1) is outside vector[3] (elements 0..2)");
    }

    @Test
    void lessAndLessOrEqualAreTheGreaterComparisonsWithTheOperandsSwapped() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var y = b.scalar("y");
        Var less = b.less(x, y);
        Var atMost = b.lessOrEqual(x, y);
        b.output(b.select(less, x, atMost));
        Graph g = b.build();
        assertThat(g.node(less.id()).primitive()).isEqualTo(Primitives.GREATER);
        assertThat(g.node(less.id()).operands()).containsExactly(y.id(), x.id());
        assertThat(g.node(atMost.id()).primitive()).isEqualTo(Primitives.GREATER_OR_EQUAL);
        assertThat(g.node(atMost.id()).operands()).containsExactly(y.id(), x.id());
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
