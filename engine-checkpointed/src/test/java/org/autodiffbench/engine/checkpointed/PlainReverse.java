package org.autodiffbench.engine.checkpointed;

import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * The memory the checkpointed engine is held to when it stores everything: plain reverse mode
 * built from api's pieces, with no stages, banks or snapshots, where every node keeps its value
 * and its adjoint.
 */
final class PlainReverse {

    private PlainReverse() {
    }

    /** What it holds to differentiate: every intermediate value and adjoint in a buffer of its own. */
    static long retainedBytes(Graph graph) {
        return new PrimalPlan(graph).intermediateBytes() + adjointBuffers(graph).intermediateBytes();
    }

    private static BufferLayout.NodeBuffers adjointBuffers(Graph graph) {
        return BufferLayout.distinct(graph).allocate(id -> graph.isActive(id) && !graph.isDifferentiableInput(id));
    }
}
