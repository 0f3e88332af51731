package org.autodiffbench.api.eval;

import org.autodiffbench.api.graph.Graph;

/**
 * Reverse mode assembled from this package's pieces, as an engine assembles it: every node keeps
 * its value and its adjoint in a buffer of its own, and sweeps over node ranges share one
 * adjoint table.
 */
final class TapedGraph {

    private final Graph graph;
    private final PrimalPlan primal;
    private final double[][] adjoints;
    private final boolean[][] firstWrites;
    private final AdjointSeeds seeds;

    TapedGraph(Graph graph) {
        this.graph = graph;
        primal = new PrimalPlan(graph);
        adjoints = BufferLayout.distinct(graph)
                .allocate(id -> graph.isActive(id) && !graph.isDifferentiableInput(id)).byNode();
        firstWrites = AdjointSweep.firstWrites(graph);
        seeds = new AdjointSeeds(graph, adjoints);
    }

    /** A sweep over node ids {@code [from, to)}. */
    AdjointSweep sweep(int from, int to) {
        return new AdjointSweep(primal, adjoints, from, to, firstWrites);
    }

    /** One sweep over the whole graph. */
    AdjointSweep wholeSweep() {
        return sweep(0, graph.nodeCount());
    }

    /**
     * x̄ = uᵀ·J at x: evaluates every node, seeds the outputs with u and runs the sweeps in
     * the order given, leaving the point's adjoint in {@code pointAdjoint}.
     */
    void vjp(double[] x, double[] u, double[] pointAdjoint, AdjointSweep... sweeps) {
        primal.load(x);
        primal.evaluateAll();
        for (AdjointSweep sweep : sweeps) {
            sweep.bindPointAdjoint(pointAdjoint);
        }
        seeds.seed(u, pointAdjoint);
        for (AdjointSweep sweep : sweeps) {
            sweep.sweep();
        }
    }
}
