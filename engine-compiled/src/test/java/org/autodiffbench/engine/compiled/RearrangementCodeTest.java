package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.engine.forward.ForwardEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.junit.jupiter.api.Test;

/**
 * A node that only moves values (slice, gather, concat, reshape) is written out as copies in the
 * primal and the tangent code instead of a call of its kernel, as GradBench's bundle adjustment
 * picks three coordinates at a time: the copies give the interpreters' values and tangents to the
 * bit, and the adjoint still calls the kernel.
 */
class RearrangementCodeTest {

    /** Rows of a 4 × 3 matrix picked, sliced, joined and reshaped, then multiplied elementwise by sin x. */
    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var m = b.matrix("m", 4, 3);
        Var x = b.vector("x", 15);
        Var picked = b.reshape(b.gather(m, 2, 0, 2), Shape.vector(9));
        Var sliced = b.reshape(b.slice(m, 1, 2), Shape.vector(6));
        Var joined = b.concat(picked, b.slice(sliced, 0, 6));
        return b.output(b.mul(b.sin(b.slice(x, 0, 15)), b.slice(joined, 0, 15))).build();
    }

    @Test
    void movesAreCopiesNotKernelCallsInThePrimalAndTangentCode() {
        String source = GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT)).source();
        assertThat(source).doesNotContain(".primal(").doesNotContain(".jvp(");
        String adjoint = GraphCompiler.compile(graph(), EnumSet.of(Sweep.ADJOINT)).source();
        assertThat(adjoint).as("the adjoint of a move still calls its kernel").contains(".vjpAssign(");
    }

    @Test
    void copiedValuesTangentsAndAdjointsAreTheInterpretersBits() {
        Random random = new Random(13);
        double[] point = random.doubles(27, -2, 2).toArray();
        double[] direction = random.doubles(27, -1, 1).toArray();
        double[] cotangent = random.doubles(15, -1, 1).toArray();
        double[][] compiled = jvp(new CompiledForwardEngine().prepare(graph(), EngineOptions.none()), point, direction);
        double[][] interpreted = jvp(new ForwardEngine().prepare(graph(), EngineOptions.none()), point, direction);
        assertThat(Arrays.equals(compiled[0], interpreted[0])).as("values").isTrue();
        assertThat(Arrays.equals(compiled[1], interpreted[1])).as("tangents").isTrue();
        double[] y = new double[15];
        double[] compiledBar = new double[27];
        double[] interpretedBar = new double[27];
        new CompiledReverseEngine().prepare(graph(), EngineOptions.none()).vjp(point, cotangent, y, compiledBar);
        new ReverseEngine().prepare(graph(), EngineOptions.none()).vjp(point, cotangent, y, interpretedBar);
        assertThat(Arrays.equals(compiledBar, interpretedBar)).as("adjoints").isTrue();
        assertThat(compiled[1]).as("tangents are not all zero").isNotEqualTo(new double[15]);
    }

    private static double[][] jvp(PreparedDiff engine, double[] point, double[] direction) {
        double[] y = new double[15];
        double[] yDot = new double[15];
        engine.jvp(point, direction, y, yDot);
        return new double[][] {y, yDot};
    }
}
