package org.autodiffbench.api.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * The stages of a graph seen as a chain s_L ∘ … ∘ s_1: stage k may read only its own nodes,
 * stage k−1's, inputs and constants, and the outputs are computed in the last stage. The
 * input of stage k is its boundary: the nodes of stage k−1 it reads, which a snapshot stores.
 * Every checkpointing engine reads its chain from here, interpreted or compiled.
 */
public final class StageChain {

    private final Graph graph;
    private final int[][] boundaries;

    /**
     * @throws IllegalArgumentException when a stage reads a stage other than its predecessor, or an
     *     output is not computed in the last stage
     */
    public StageChain(Graph graph) {
        this.graph = graph;
        int stages = graph.stageCount();
        List<Set<Integer>> reads = new ArrayList<>();
        for (int k = 0; k < stages; k++) {
            reads.add(new LinkedHashSet<>());
        }
        for (Node node : graph.nodes()) {
            if (BufferLayout.isGlobal(node) || !graph.isUseful(node.id())) {
                continue;
            }
            for (int i = 0; i < node.operandCount(); i++) {
                Node operand = graph.node(node.operand(i));
                if (BufferLayout.isGlobal(operand) || operand.stage() == node.stage()) {
                    continue;
                }
                if (operand.stage() != node.stage() - 1) {
                    throw new IllegalArgumentException("the graph's stages are not a chain: node v" + node.id()
                            + " in stage " + node.stage() + " reads v" + operand.id() + " from stage "
                            + operand.stage() + "; checkpointing needs stage k to read only stage k-1, inputs and constants");
                }
                reads.get(node.stage()).add(operand.id());
            }
        }
        for (int k = 0; k < graph.outputCount(); k++) {
            Node output = graph.node(graph.output(k));
            if (!BufferLayout.isGlobal(output) && output.stage() != stages - 1) {
                throw new IllegalArgumentException("output v" + output.id() + " is computed in stage " + output.stage()
                        + " but checkpointing needs every output in the last stage (" + (stages - 1) + ")");
            }
        }
        boundaries = new int[stages][];
        for (int k = 0; k < stages; k++) {
            boundaries[k] = reads.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The number of stages. */
    public int stages() {
        return boundaries.length;
    }

    /** The nodes of stage k−1 that stage k reads: what a snapshot of stage k's input holds. */
    public int[] boundary(int k) {
        return boundaries[k];
    }

    /** The number of doubles in a node's value. */
    public int size(int node) {
        return graph.node(node).shape().size();
    }

    /** The number of doubles in stage k's input. */
    public int boundarySize(int k) {
        int size = 0;
        for (int id : boundaries[k]) {
            size += graph.node(id).shape().size();
        }
        return size;
    }

    /** The number of doubles in the largest stage input: the width of a snapshot slot. */
    public int maxBoundarySize() {
        int max = 0;
        for (int k = 0; k < boundaries.length; k++) {
            max = Math.max(max, boundarySize(k));
        }
        return max;
    }

    /** The first node of stage k. */
    public int start(int k) {
        return graph.stageStart(k);
    }

    /** One past the last node of stage k. */
    public int end(int k) {
        return graph.stageEnd(k);
    }
}
