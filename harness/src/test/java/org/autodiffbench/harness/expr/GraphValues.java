package org.autodiffbench.harness.expr;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/** Evaluates a scalar graph with the primitives' primal kernels, for checking what the parser built. */
final class GraphValues {

    private GraphValues() {
    }

    static double evaluate(Graph graph, double... x) {
        double[][] values = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            values[input.nodeId()] = new double[] {x[input.offset()]};
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput()) {
                double[][] operands = new double[node.operandCount()][];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = values[node.operand(i)];
                }
                values[node.id()] = new double[1];
                node.primitive().primal(operands, values[node.id()]);
            }
        }
        return values[graph.output(0)][0];
    }
}
