package org.autodiffbench.api.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;

/**
 * Decides which buffer holds each node's value (or adjoint). Stages are dealt round-robin into
 * {@code banks}; stages of one bank share buffers, matched by shape and order within the stage.
 * With as many banks as stages every node has its own buffer; with two banks only a stage and
 * its predecessor are ever held, which is what lets a checkpointing engine keep one stage alive.
 *
 * <p>Global nodes (inputs and constants, which belong to no stage's computation) always get
 * their own buffers.
 */
public final class BufferLayout {

    private final Graph graph;
    private final int banks;

    private BufferLayout(Graph graph, int banks) {
        if (banks < 1) {
            throw new IllegalArgumentException("a buffer layout needs at least one bank, got " + banks);
        }
        this.graph = graph;
        this.banks = banks;
    }

    /** Every node its own buffer. */
    public static BufferLayout distinct(Graph graph) {
        return new BufferLayout(graph, graph.stageCount());
    }

    /** Stage k's nodes live in bank {@code k mod banks}. */
    public static BufferLayout banked(Graph graph, int banks) {
        return new BufferLayout(graph, Math.min(banks, graph.stageCount()));
    }

    public int banks() {
        return banks;
    }

    /** The bank of stage k. */
    public int bankOf(int stage) {
        return stage % banks;
    }

    /** Is this node global: an input or a constant, outside every stage's buffers? */
    public static boolean isGlobal(Node node) {
        return node.isInput() || node.operandCount() == 0;
    }

    /**
     * Allocates buffers for the selected nodes, node-indexed (null where not selected).
     */
    public NodeBuffers allocate(IntPredicate selected) {
        double[][] byNode = new double[graph.nodeCount()][];
        Map<PoolKey, double[]> pool = new HashMap<>();
        long intermediateBytes = 0;
        int[] stageOfPrevious = {-1};
        Map<Shape, Integer> indexInStage = new HashMap<>();
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (!selected.test(id)) {
                continue;
            }
            int size = node.shape().size();
            if (isGlobal(node)) {
                byNode[id] = new double[size];
                continue;
            }
            if (node.stage() != stageOfPrevious[0]) {
                indexInStage.clear();
                stageOfPrevious[0] = node.stage();
            }
            int index = indexInStage.merge(node.shape(), 1, Integer::sum) - 1;
            PoolKey key = new PoolKey(bankOf(node.stage()), node.shape(), index);
            double[] buffer = pool.get(key);
            if (buffer == null) {
                buffer = new double[size];
                pool.put(key, buffer);
                intermediateBytes += Footprint.doubles(size);
            }
            byNode[id] = buffer;
        }
        return new NodeBuffers(byNode, intermediateBytes);
    }

    private record PoolKey(int bank, Shape shape, int index) {
    }

    /**
     * Node-indexed buffers (entries of one bank alias across stages) and the heap footprint
     * of the intermediate ones, globals excluded.
     */
    public record NodeBuffers(double[][] byNode, long intermediateBytes) {
    }
}
