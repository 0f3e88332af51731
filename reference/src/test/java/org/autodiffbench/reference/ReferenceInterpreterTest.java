package org.autodiffbench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/**
 * The interpreter against hand calculations on vectors, matrices, data and constants. The
 * worked example of Baydin et al. is checked trace by trace in
 * {@code org.autodiffbench.reference.graphs.WorkedExampleTest}.
 */
class ReferenceInterpreterTest {

    /** W = [1 2 3; 4 5 6] row by row, then x = (1, −1, 2). */
    private static final double[] POINT = {1, 2, 3, 4, 5, 6, 1, -1, 2};

    /** y = (W·x + c, Σ x², 7) with W a 2×3 input, x a vector input and c data. */
    private static Graph affineSquaresAndAConstant() {
        GraphBuilder b = new GraphBuilder();
        Var w = b.matrix("W", 2, 3);
        Var x = b.vector("x", 3);
        Var c = b.data("c", Shape.vector(2), 0.5, -1.0);
        return b.output(b.add(b.matVec(w, x), c)).output(b.sum(b.square(x))).output(b.constant(7.0)).build();
    }

    @Test
    void theOutputsAreConcatenatedInTheOrderTheyWereMarked() {
        // W·x = (1 − 2 + 6, 4 − 5 + 12) = (5, 11); Σ x² = 1 + 1 + 4.
        assertThat(new ReferenceInterpreter(affineSquaresAndAConstant()).apply(POINT))
                .containsExactly(5.5, 10.0, 6.0, 7.0);
    }

    @Test
    void everyNodeHasItsValueAndAnInputItsSliceOfThePointOrItsData() {
        double[][] values = new ReferenceInterpreter(affineSquaresAndAConstant()).values(POINT);
        assertThat(values[0]).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(values[1]).containsExactly(1, -1, 2);
        assertThat(values[2]).containsExactly(0.5, -1.0);
        assertThat(values[3]).as("W·x").containsExactly(5, 11);
    }

    @Test
    void theTangentIsJTimesVAndZeroForAnOutputThatVariesWithNothing() {
        // Ẇ = [0.1 0 0; 0 0 −0.2], ẋ = (1, 0, 0): Ẇ·x + W·ẋ = (0.1, −0.4) + (1, 4); 2x·ẋ = 2.
        double[] v = {0.1, 0, 0, 0, 0, -0.2, 1, 0, 0};
        assertThat(new ReferenceInterpreter(affineSquaresAndAConstant()).jvp(POINT, v))
                .containsExactly(new double[] {1.1, 3.6, 2.0, 0.0}, within(1e-15));
    }

    /** f(a, u, x) = (x·x)·sin a + a, with a used twice and u not at all. */
    private static Graph fanOutAndAnUnusedInput() {
        GraphBuilder b = new GraphBuilder();
        Var a = b.scalar("a");
        b.scalar("u");
        Var x = b.vector("x", 2);
        return b.output(b.add(b.mul(b.dot(x, x), b.sin(a)), a)).build();
    }

    @Test
    void theGradientAddsUpFanOutAndIsZeroForAnUnusedInput() {
        // ∂f/∂a = (x·x)·cos a + 1, ∂f/∂u = 0, ∂f/∂x = 2x·sin a, at a = 0.3, x = (1, 2).
        double[] gradient = new ReferenceInterpreter(fanOutAndAnUnusedInput()).gradient(new double[] {0.3, 9, 1, 2});
        assertThat(gradient).containsExactly(new double[] {5 * Math.cos(0.3) + 1, 0, 2 * Math.sin(0.3),
            4 * Math.sin(0.3)}, within(1e-15));
    }

    @Test
    void theGradientDottedWithADirectionIsTheTangentAlongIt() {
        ReferenceInterpreter interpreter = new ReferenceInterpreter(fanOutAndAnUnusedInput());
        double[] x = {-0.7, 2, 0.5, -1.5};
        double[] v = {0.3, -1, 2, 0.25};
        double[] gradient = interpreter.gradient(x);
        double dot = 0;
        for (int j = 0; j < x.length; j++) {
            dot += gradient[j] * v[j];
        }
        assertThat(interpreter.jvp(x, v)[0]).isCloseTo(dot, within(1e-14));
    }

    @Test
    void refusesAGradientOfSeveralOutputsAndArraysOfTheWrongLength() {
        ReferenceInterpreter interpreter = new ReferenceInterpreter(affineSquaresAndAConstant());
        assertThatThrownBy(() -> interpreter.gradient(POINT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a gradient needs a graph with one scalar output, this one has 4 output entries; "
                        + "differentiate it by jvp or finite differences instead");
        assertThatThrownBy(() -> interpreter.apply(new double[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point has 8 entries but the graph has 9 differentiable scalars");
        assertThatThrownBy(() -> interpreter.jvp(POINT, new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("direction has 2 entries but the graph has 9 differentiable scalars");
    }
}
