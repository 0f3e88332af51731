package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * Checks that a graph's stages form the chain a checkpointing engine relies on: stages are
 * contiguous and in order, and every node of stage k reads only nodes of stage k or k − 1,
 * inputs, or constants (primitives of arity 0).
 */
public final class StageChain {

    private StageChain() {
    }

    public static void assertChain(Graph graph) {
        int previousStage = 0;
        for (Node node : graph.nodes()) {
            assertThat(node.stage()).as("stage of v%d", node.id()).isBetween(previousStage, graph.stageCount() - 1);
            previousStage = node.stage();
            if (node.isInput()) {
                continue;
            }
            for (int operand : node.operands()) {
                if (!isGlobal(graph, operand)) {
                    assertThat(graph.node(operand).stage())
                            .as("v%d in stage %d reads v%d", node.id(), node.stage(), operand)
                            .isBetween(node.stage() - 1, node.stage());
                }
            }
        }
    }

    /** Inputs and constants belong to no stage's computation: any stage may read them. */
    public static boolean isGlobal(Graph graph, int id) {
        Node node = graph.node(id);
        return node.isInput() || node.primitive().arity() == 0;
    }
}
