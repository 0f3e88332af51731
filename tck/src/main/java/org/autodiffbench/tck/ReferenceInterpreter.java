package org.autodiffbench.tck;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/**
 * The kit's own evaluator of a graph: every node's value by its primitive's primal kernel, one
 * fresh array per node. It shares nothing with an engine but the kernels, so its values are
 * the reference for an engine's values and the function its finite differences difference.
 */
public final class ReferenceInterpreter {

    private ReferenceInterpreter() {
    }

    /** y = f(x): the outputs, concatenated. */
    public static double[] evaluate(Graph graph, double[] x) {
        if (x.length != graph.parameterCount()) {
            throw new IllegalArgumentException("point has " + x.length + " entries but the graph has "
                    + graph.parameterCount() + " differentiable scalars");
        }
        double[][] values = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            values[input.nodeId()] = input.isDifferentiable()
                    ? java.util.Arrays.copyOfRange(x, input.offset(), input.offset() + input.shape().size())
                    : input.data();
        }
        for (Node node : graph.nodes()) {
            if (node.isInput()) {
                continue;
            }
            double[][] operands = new double[node.operandCount()][];
            for (int i = 0; i < operands.length; i++) {
                operands[i] = values[node.operand(i)];
            }
            double[] out = new double[node.shape().size()];
            node.primitive().primal(operands, out);
            values[node.id()] = out;
        }
        double[] y = new double[graph.outputSize()];
        int offset = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            double[] value = values[graph.output(k)];
            System.arraycopy(value, 0, y, offset, value.length);
            offset += value.length;
        }
        return y;
    }
}
