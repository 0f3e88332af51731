package org.autodiffbench.api.graph;

import java.util.Arrays;

/**
 * The plainest evaluation of a graph with the primitives' own rules: a primal sweep, a tangent
 * sweep and an adjoint sweep, allocating as it goes. Tests compare it with hand calculations.
 */
final class GraphInterpreter {

    private final Graph graph;

    GraphInterpreter(Graph graph) {
        this.graph = graph;
    }

    /** The value of every node at the point x. */
    double[][] values(double[] x) {
        double[][] values = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            values[input.nodeId()] = input.isDifferentiable()
                    ? Arrays.copyOfRange(x, input.offset(), input.offset() + input.shape().size())
                    : input.data();
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput()) {
                values[node.id()] = new double[node.shape().size()];
                node.primitive().primal(operandValues(values, node), values[node.id()]);
            }
        }
        return values;
    }

    /** The first output's value. */
    double[] value(double[] x) {
        return values(x)[graph.output(0)];
    }

    /** J·v for the first output; nodes that vary with nothing carry a null tangent. */
    double[] jvp(double[] x, double[] v) {
        double[][] values = values(x);
        double[][] tangents = new double[graph.nodeCount()][];
        for (Input input : graph.differentiableInputs()) {
            tangents[input.nodeId()] = Arrays.copyOfRange(v, input.offset(),
                    input.offset() + input.shape().size());
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput() && graph.isVaried(node.id())) {
                double[][] operandTangents = new double[node.operandCount()][];
                for (int i = 0; i < operandTangents.length; i++) {
                    operandTangents[i] = tangents[node.operand(i)];
                }
                tangents[node.id()] = new double[node.shape().size()];
                node.primitive().jvp(operandValues(values, node), values[node.id()], operandTangents,
                        tangents[node.id()]);
            }
        }
        return tangents[graph.output(0)];
    }

    /** The gradient of a scalar graph, by one adjoint sweep in reverse topological order. */
    double[] gradient(double[] x) {
        double[][] values = values(x);
        double[][] adjoints = new double[graph.nodeCount()][];
        adjoints[graph.output(0)] = new double[] {1.0};
        for (int id = graph.nodeCount() - 1; id >= 0; id--) {
            Node node = graph.node(id);
            if (node.isInput() || adjoints[id] == null) {
                continue;
            }
            double[][] operandAdjoints = new double[node.operandCount()][];
            for (int i = 0; i < operandAdjoints.length; i++) {
                int operand = node.operand(i);
                if (graph.isVaried(operand)) {
                    if (adjoints[operand] == null) {
                        adjoints[operand] = new double[graph.node(operand).shape().size()];
                    }
                    operandAdjoints[i] = adjoints[operand];
                }
            }
            node.primitive().vjp(operandValues(values, node), values[id], adjoints[id], operandAdjoints);
        }
        double[] gradient = new double[graph.parameterCount()];
        for (Input input : graph.differentiableInputs()) {
            double[] adjoint = adjoints[input.nodeId()];
            if (adjoint != null) {
                System.arraycopy(adjoint, 0, gradient, input.offset(), adjoint.length);
            }
        }
        return gradient;
    }

    private static double[][] operandValues(double[][] values, Node node) {
        double[][] operands = new double[node.operandCount()][];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = values[node.operand(i)];
        }
        return operands;
    }
}
