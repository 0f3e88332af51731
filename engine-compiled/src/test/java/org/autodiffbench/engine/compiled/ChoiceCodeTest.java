package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.engine.forward.ForwardEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code select} is written out as code, a choice and not a product: where the branch not taken has
 * an infinite tangent, as √x has at 0 when the graph guards it, the compiled JVP stays finite and
 * equal to the forward interpreter's, where 0 · ∞ would have made it NaN.
 */
class ChoiceCodeTest {

    /** y = Σ select(x > 0, √x, 3x): the guard of √x at 0, elementwise over four entries. */
    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 4);
        Var guarded = b.select(b.greater(x, b.constant(0.0)), b.sqrt(x), b.mul(b.constant(3.0), x));
        return b.output(b.sum(guarded)).build();
    }

    private static final double[] POINT = {0.0, 4.0, -1.0, 0.25};

    @Test
    void selectIsEmittedCodeNotAKernelCall() {
        String source = GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT, Sweep.ADJOINT)).source();
        assertThat(source).contains("!= 0.0 ?").doesNotContain("Select");
    }

    @Test
    void theJvpOfTheBranchNotTakenStaysOutAsInTheForwardInterpreter() {
        double[] direction = {1.0, 1.0, 1.0, 1.0};
        double[] compiled = jvp(new CompiledForwardEngine().prepare(graph(), EngineOptions.none()), direction);
        double[] interpreted = jvp(new ForwardEngine().prepare(graph(), EngineOptions.none()), direction);
        // 3 at x = 0 and −1 (the 3x branch), 1/(2·2) at 4, 1/(2·0.5) at 0.25
        assertThat(compiled[1]).isEqualTo(3 + 0.25 + 3 + 1);
        assertThat(compiled).containsExactly(interpreted);
    }

    /**
     * In reverse mode √x's partial at 0 (and at −1) is still evaluated and multiplied by the zero
     * adjoint that select passes it, NaN in the interpreter as in every tape-based AD: the compiled
     * adjoint gives the same NaN where the interpreter does, and the same numbers elsewhere.
     */
    @Test
    void theAdjointIsTheReverseInterpretersNaNsIncluded() {
        double[] compiled = new double[4];
        double[] interpreted = new double[4];
        new CompiledReverseEngine().prepare(graph(), EngineOptions.none()).gradient(POINT, compiled);
        new ReverseEngine().prepare(graph(), EngineOptions.none()).gradient(POINT, interpreted);
        assertThat(interpreted).as("the reverse interpreter").containsExactly(Double.NaN, 0.25, Double.NaN, 1.0);
        assertThat(compiled).containsExactly(interpreted);
    }

    private static double[] jvp(PreparedDiff engine, double[] direction) {
        double[] y = new double[1];
        double[] yDot = new double[1];
        engine.jvp(POINT, direction, y, yDot);
        return new double[] {y[0], yDot[0]};
    }
}
