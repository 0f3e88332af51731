package org.autodiffbench.engine.reverse;

import java.util.Arrays;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.Primitive;

/**
 * The adjoint half of reverse mode over a range of nodes: one adjoint buffer per active node,
 * and a sweep that walks the range backwards calling each primitive's VJP rule, which
 * accumulates into its operands' adjoints with {@code +=} (so fan-out needs no special case).
 * A checkpointing engine runs one sweep per stage over the stage's node range.
 */
public final class AdjointSweep {

    private final Graph graph;
    private final PrimalPlan primal;
    private final int[] reverseOrder;
    private final double[][] adjoints;
    private final double[][][] adjointViews;
    private final long[] vjpFlops;
    private final long adjointBytes;
    private final long tapeBytes;

    /** Prepares the sweep over node ids {@code [from, to)} of the plan's graph. */
    public AdjointSweep(PrimalPlan primal, int from, int to) {
        this.primal = primal;
        this.graph = primal.graph();
        int count = graph.nodeCount();
        adjoints = new double[count][];
        adjointViews = new double[count][][];
        vjpFlops = new long[count];
        boolean[] stored = new boolean[count];
        long intermediateAdjointBytes = 0;
        int active = 0;
        for (int id = from; id < to; id++) {
            if (graph.isActive(id)) {
                adjoints[id] = new double[graph.node(id).shape().size()];
            }
        }
        for (Node node : graph.nodes()) {
            if (node.isInput() && graph.isActive(node.id()) && adjoints[node.id()] == null) {
                adjoints[node.id()] = new double[node.shape().size()];
            }
        }
        for (int id = from; id < to; id++) {
            Node node = graph.node(id);
            if (node.isInput() || !graph.isActive(id)) {
                continue;
            }
            active++;
            intermediateAdjointBytes += PrimalPlan.bytes(node.shape());
            Shape[] shapes = graph.operandShapes(node);
            double[][] views = new double[node.operandCount()][];
            for (int i = 0; i < views.length; i++) {
                int operand = node.operand(i);
                if (graph.isActive(operand)) {
                    views[i] = adjoints[operand];
                    vjpFlops[id] += node.primitive().vjpFlops(shapes, node.shape(), i);
                }
                if (node.primitive().residuals().readsOperands() && !graph.node(operand).isInput()) {
                    stored[operand] = true;
                }
            }
            if (node.primitive().residuals().readsOutput()) {
                stored[id] = true;
            }
            adjointViews[id] = views;
        }
        reverseOrder = new int[active];
        int k = 0;
        for (int id = to - 1; id >= from; id--) {
            if (adjointViews[id] != null) {
                reverseOrder[k++] = id;
            }
        }
        long tape = 0;
        for (int id = 0; id < count; id++) {
            if (stored[id]) {
                tape += PrimalPlan.bytes(graph.node(id).shape());
            }
        }
        this.tapeBytes = tape;
        this.adjointBytes = intermediateAdjointBytes;
    }

    /** Zeroes every adjoint, ready for a new seed. */
    public void clear() {
        for (double[] adjoint : adjoints) {
            if (adjoint != null) {
                Arrays.fill(adjoint, 0.0);
            }
        }
    }

    /** The live adjoint buffer of node {@code id}, null for an inactive node. */
    public double[] adjoint(int id) {
        return adjoints[id];
    }

    /**
     * Walks the range backwards, applying each active node's VJP rule to the primal values in
     * the plan.
     *
     * @return the flops spent
     */
    public long sweep() {
        long flops = 0;
        for (int id : reverseOrder) {
            Primitive primitive = graph.node(id).primitive();
            primitive.vjp(primal.operands(id), primal.value(id), adjoints[id], adjointViews[id]);
            flops += vjpFlops[id];
        }
        return flops;
    }

    /** Bytes of the primal values the VJP rules of the range read (inputs excluded: they are the caller's). */
    public long tapeBytes() {
        return tapeBytes;
    }

    /** Bytes of the adjoint buffers of the range's intermediate nodes. */
    public long adjointBytes() {
        return adjointBytes;
    }
}
