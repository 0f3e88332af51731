package org.autodiffbench.reference;

import java.util.Arrays;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/**
 * The plainest evaluation of a graph with the primitives' own rules, one fresh array per node:
 * the value of every node, y = f(x), J·v by one tangent sweep and the gradient of a scalar
 * output by one adjoint sweep (forward and reverse mode as in Griewank and Walther, Evaluating
 * Derivatives, 2nd ed., SIAM 2008, chapter 3). It shares nothing with an engine but the
 * primitives, so its answers are the reference an engine is held to, and as a
 * {@link VectorFunction} it is the function finite differences difference.
 */
public final class ReferenceInterpreter implements VectorFunction {

    private final Graph graph;

    public ReferenceInterpreter(Graph graph) {
        this.graph = graph;
    }

    /**
     * The value of every node at x, indexed by node id: an input's value is its slice of x or
     * its data, any other node's its primitive's primal kernel applied to its operands' values.
     *
     * @throws IllegalArgumentException when x is not of the graph's parameter count
     */
    public double[][] values(double[] x) {
        if (x.length != graph.parameterCount()) {
            throw new IllegalArgumentException("point has " + x.length + " entries but the graph has "
                    + graph.parameterCount() + " differentiable scalars");
        }
        double[][] values = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            values[input.nodeId()] = input.isDifferentiable() ? slice(x, input) : input.data();
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput()) {
                values[node.id()] = new double[node.shape().size()];
                node.primitive().primal(operands(values, node), values[node.id()]);
            }
        }
        return values;
    }

    /** y = f(x): the outputs at x, concatenated in the order they were marked. */
    @Override
    public double[] apply(double[] x) {
        return outputs(values(x));
    }

    /**
     * J·v at x: one tangent sweep with every node's JVP rule, the outputs' tangents concatenated.
     * A node that varies with no input carries no tangent (the rules read a missing operand
     * tangent as zero), and an output that varies with nothing has tangent zero.
     */
    public double[] jvp(double[] x, double[] v) {
        if (v.length != graph.parameterCount()) {
            throw new IllegalArgumentException("direction has " + v.length + " entries but the graph has "
                    + graph.parameterCount() + " differentiable scalars");
        }
        double[][] values = values(x);
        double[][] tangents = new double[graph.nodeCount()][];
        for (Input input : graph.differentiableInputs()) {
            tangents[input.nodeId()] = slice(v, input);
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput() && graph.isVaried(node.id())) {
                tangents[node.id()] = new double[node.shape().size()];
                node.primitive().jvp(operands(values, node), values[node.id()], operands(tangents, node),
                        tangents[node.id()]);
            }
        }
        for (int id : graph.outputs()) {
            if (tangents[id] == null) {
                tangents[id] = new double[graph.node(id).shape().size()];
            }
        }
        return outputs(tangents);
    }

    /**
     * ∇f(x) for a graph whose output is one number: one adjoint sweep from ȳ = 1 through the
     * nodes in reverse order, every VJP rule adding into its operands' adjoints (so fan-out
     * sums up). Only nodes that vary with an input get an adjoint; an input no output depends
     * on has derivative zero.
     *
     * @throws IllegalArgumentException when the graph's outputs are not a single number
     */
    public double[] gradient(double[] x) {
        if (!graph.hasScalarOutput()) {
            throw new IllegalArgumentException("a gradient needs a graph with one scalar output, this one has "
                    + graph.outputSize() + " output entries; differentiate it by jvp or finite differences instead");
        }
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
            node.primitive().vjp(operands(values, node), values[id], adjoints[id], operandAdjoints);
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

    /** The arrays of a node's operands, from per-node arrays such as values or tangents. */
    private static double[][] operands(double[][] perNode, Node node) {
        double[][] operands = new double[node.operandCount()][];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = perNode[node.operand(i)];
        }
        return operands;
    }

    private double[] outputs(double[][] perNode) {
        double[] y = new double[graph.outputSize()];
        int at = 0;
        for (int id : graph.outputs()) {
            System.arraycopy(perNode[id], 0, y, at, perNode[id].length);
            at += perNode[id].length;
        }
        return y;
    }

    private static double[] slice(double[] point, Input input) {
        return Arrays.copyOfRange(point, input.offset(), input.offset() + input.shape().size());
    }
}
