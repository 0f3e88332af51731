package org.autodiffbench.models;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/**
 * A plain evaluator of a graph for tests: every node's primal kernel in order, and a tangent
 * sweep with every node's JVP rule. It is independent of the engines, so finite differences of
 * its values are an independent check of what the models and engines compute.
 */
public final class GraphInterpreter {

    private GraphInterpreter() {
    }

    /** The outputs at x, concatenated. */
    public static double[] evaluate(Graph graph, double[] x) {
        return outputs(graph, values(graph, x));
    }

    /** The scalar output at x. */
    public static double evaluateScalar(Graph graph, double[] x) {
        return evaluate(graph, x)[0];
    }

    /** J·v at x: the directional derivative of the outputs along v, through the JVP rules. */
    public static double[] directionalDerivative(Graph graph, double[] x, double[] v) {
        double[][] values = values(graph, x);
        double[][] tangents = new double[graph.nodeCount()][];
        for (Input input : graph.differentiableInputs()) {
            tangents[input.nodeId()] = slice(v, input.offset(), input.shape().size());
        }
        for (Node node : graph.nodes()) {
            if (node.isInput() || !graph.isVaried(node.id())) {
                continue;
            }
            double[][] operandTangents = new double[node.operandCount()][];
            for (int i = 0; i < node.operandCount(); i++) {
                operandTangents[i] = tangents[node.operand(i)];
            }
            tangents[node.id()] = new double[node.shape().size()];
            node.primitive().jvp(operands(node, values), values[node.id()], operandTangents, tangents[node.id()]);
        }
        double[][] outputTangents = new double[graph.nodeCount()][];
        for (int id : graph.outputs()) {
            outputTangents[id] = tangents[id] != null ? tangents[id] : new double[graph.node(id).shape().size()];
        }
        return outputs(graph, outputTangents);
    }

    private static double[][] values(Graph graph, double[] x) {
        double[][] values = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            values[input.nodeId()] = input.isDifferentiable()
                    ? slice(x, input.offset(), input.shape().size())
                    : input.data();
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput()) {
                values[node.id()] = new double[node.shape().size()];
                node.primitive().primal(operands(node, values), values[node.id()]);
            }
        }
        return values;
    }

    private static double[][] operands(Node node, double[][] values) {
        double[][] operands = new double[node.operandCount()][];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = values[node.operand(i)];
        }
        return operands;
    }

    private static double[] outputs(Graph graph, double[][] values) {
        double[] y = new double[graph.outputSize()];
        int at = 0;
        for (int id : graph.outputs()) {
            System.arraycopy(values[id], 0, y, at, values[id].length);
            at += values[id].length;
        }
        return y;
    }

    private static double[] slice(double[] x, int offset, int length) {
        double[] part = new double[length];
        System.arraycopy(x, offset, part, 0, length);
        return part;
    }
}
