package org.autodiffbench.engine.checkpointed;

import org.autodiffbench.api.eval.AdjointSeeds;
import org.autodiffbench.api.eval.AdjointSweep;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * The reference the checkpointed engine is held to: plain reverse mode built from api's pieces,
 * with no stages, banks or snapshots. Every node keeps its value and its adjoint, and one
 * adjoint sweep walks the whole graph back.
 */
final class PlainReverse {

    private PlainReverse() {
    }

    static double[] gradient(Graph graph, double[] x) {
        PrimalPlan primal = new PrimalPlan(graph);
        double[][] adjoints = adjointBuffers(graph).byNode();
        AdjointSweep sweep = new AdjointSweep(primal, adjoints, 0, graph.nodeCount(), AdjointSweep.firstWrites(graph));
        double[] gradient = new double[x.length];
        primal.load(x);
        primal.evaluateAll();
        sweep.bindPointAdjoint(gradient);
        new AdjointSeeds(graph, adjoints).seed(new double[] {1}, gradient);
        sweep.sweep();
        return gradient;
    }

    /** What it holds to differentiate: every intermediate value and adjoint in a buffer of its own. */
    static long retainedBytes(Graph graph) {
        return new PrimalPlan(graph).intermediateBytes() + adjointBuffers(graph).intermediateBytes();
    }

    private static BufferLayout.NodeBuffers adjointBuffers(Graph graph) {
        return BufferLayout.distinct(graph).allocate(id -> graph.isActive(id) && !graph.isDifferentiableInput(id));
    }
}
