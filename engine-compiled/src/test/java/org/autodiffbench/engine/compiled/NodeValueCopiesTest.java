package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.MatrixAdjointJacobian;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/**
 * The one-sweep Jacobian reads each emitted active node's value as a whole array, copied out of
 * the compiled program's value array: those copies exist only in a program with adjoint code for a
 * graph that gets the one-sweep plan, and the Jacobian's record counts them. Counted by hand on
 * y = sin(x) ⊙ x with x of 4 elements: two emitted active nodes (sin and the product), 4 doubles each.
 */
class NodeValueCopiesTest {

    private static final int N = 4;
    private static final long COPIES = 2 * Footprint.doubles(N);

    @Test
    void onlyAdjointCodeKeepsCopiesOfTheValues() {
        Graph graph = sinTimesX();
        assertThat(MatrixAdjointJacobian.applies(graph)).as("one-sweep plan of y = sin(x) ⊙ x").isTrue();
        assertThat(GraphCompiler.compile(graph, EnumSet.of(Sweep.TANGENT)).nodeValues()).as("tangent program").isEmpty();
        CompiledGraph adjoint = GraphCompiler.compile(graph, EnumSet.of(Sweep.ADJOINT));
        assertThat(adjoint.nodeValues().orElseThrow().copiedBytes()).as("bytes of copied values").isEqualTo(COPIES);
    }

    @Test
    void theOneSweepJacobianCountsTheCopiesItReads() {
        Graph graph = sinTimesX();
        PreparedDiff prepared = new CompiledReverseEngine().prepare(graph, EngineOptions.none());
        double[] x = {0.3, -1.2, 2.0, 0.7};
        prepared.vjp(x, new double[N], new double[N], new double[N]);
        long program = prepared.statistics().retainedBytes();
        prepared.jacobian(x, new double[N], new double[N * N]);
        long matrices = MatrixAdjointJacobian.plan(graph, new PrimalPlan(graph)).orElseThrow().retainedBytes();
        assertThat(prepared.statistics().adjointSweeps()).as("adjoint sweeps of the Jacobian").isEqualTo(1);
        assertThat(prepared.statistics().retainedBytes()).as("bytes the Jacobian keeps")
                .isEqualTo(program + matrices + COPIES);
    }

    private static Graph sinTimesX() {
        GraphBuilder g = new GraphBuilder();
        Var x = g.vector("x", N);
        g.output(g.mul(g.sin(x), x));
        return g.build();
    }
}
