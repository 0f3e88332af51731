package org.autodiffbench.harness.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Constant;

/**
 * The hand calculation of a gradient, worked through a graph of scalars with the primitives' own
 * rules: the primal trace, one tangent trace per input (each a JVP seeded with that input), and
 * the reverse adjoint trace in sweep order, one {@link AdjointStep} per operand contribution.
 */
public final class Explanation {

    private final Graph graph;
    private final NodeLabels labels;
    private final double[][] values;
    private final double[][][] tangents;
    private final List<AdjointStep> adjointSteps = new ArrayList<>();
    private final double[] gradient;

    private Explanation(Graph graph, double[] x) {
        this.graph = graph;
        this.labels = new NodeLabels(graph);
        this.values = primalSweep(x);
        List<Input> inputs = graph.differentiableInputs();
        this.tangents = new double[inputs.size()][][];
        for (int k = 0; k < inputs.size(); k++) {
            tangents[k] = tangentSweep(inputs.get(k).nodeId());
        }
        double[] adjoints = adjointSweep();
        this.gradient = new double[inputs.size()];
        for (int k = 0; k < inputs.size(); k++) {
            gradient[k] = adjoints[inputs.get(k).nodeId()];
        }
    }

    /**
     * Works the calculation through {@code graph} at the point {@code x}.
     *
     * @throws IllegalArgumentException if the graph has a node that is not a scalar
     */
    public static Explanation of(Graph graph, double[] x) {
        for (Node node : graph.nodes()) {
            if (!node.shape().isScalar()) {
                throw new IllegalArgumentException("explain works through graphs of scalars, but node v" + node.id()
                        + (node.isInput() ? " (" + graph.nameOf(node.id()) + ")" : " (" + node.primitive().name() + ")")
                        + " is a " + node.shape() + "; use 'gradient' for this graph");
            }
        }
        if (x.length != graph.parameterCount()) {
            throw new IllegalArgumentException("the point has " + x.length + " values but the graph has "
                    + graph.parameterCount() + " inputs");
        }
        return new Explanation(graph, x);
    }

    private double[][] primalSweep(double[] x) {
        double[][] v = new double[graph.nodeCount()][];
        for (Input input : graph.inputs()) {
            v[input.nodeId()] = input.isDifferentiable() ? new double[] {x[input.offset()]} : input.data();
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput()) {
                v[node.id()] = new double[1];
                node.primitive().primal(operands(v, node), v[node.id()]);
            }
        }
        return v;
    }

    /** The tangents of every node when the input node {@code seed} moves with unit speed. */
    private double[][] tangentSweep(int seed) {
        double[][] t = new double[graph.nodeCount()][1];
        t[seed][0] = 1.0;
        for (Node node : graph.nodes()) {
            if (!node.isInput() && !(node.primitive() instanceof Constant)) {
                node.primitive().jvp(operands(values, node), values[node.id()], operands(t, node), t[node.id()]);
            }
        }
        return t;
    }

    /**
     * Walks the nodes backwards from the output with adjoint 1. Each operand's contribution is
     * computed by the VJP rule into a scratch cell, so that every {@code +=} can be shown on its own.
     */
    private double[] adjointSweep() {
        double[] adjoint = new double[graph.nodeCount()];
        boolean[] reached = new boolean[graph.nodeCount()];
        int output = graph.output(0);
        adjoint[output] = 1.0;
        reached[output] = true;
        double[] scratch = new double[1];
        for (int id = output; id >= 0; id--) {
            Node node = graph.node(id);
            if (!reached[id] || node.isInput()) {
                continue;
            }
            for (int i = 0; i < node.operandCount(); i++) {
                int operand = node.operand(i);
                if (!graph.isVaried(operand)) {
                    continue;
                }
                double[][] target = new double[node.operandCount()][];
                target[i] = scratch;
                scratch[0] = 0.0;
                node.primitive().vjp(operands(values, node), values[id], new double[] {adjoint[id]}, target);
                boolean first = !reached[operand];
                adjoint[operand] = first ? scratch[0] : adjoint[operand] + scratch[0];
                reached[operand] = true;
                adjointSteps.add(new AdjointStep(operand, id, scratch[0], adjoint[operand], first));
            }
        }
        return adjoint;
    }

    private static double[][] operands(double[][] perNode, Node node) {
        double[][] result = new double[node.operandCount()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = perNode[node.operand(i)];
        }
        return result;
    }

    public Graph graph() {
        return graph;
    }

    /** The primal value of a node. */
    public double value(int id) {
        return values[id][0];
    }

    /** f(x). */
    public double output() {
        return value(graph.output(0));
    }

    /** The tangent of node {@code id} in the sweep seeded with the {@code k}-th differentiable input. */
    public double tangent(int k, int id) {
        return tangents[k][id][0];
    }

    /** The reverse sweep's contributions, in the order it makes them. */
    public List<AdjointStep> adjointSteps() {
        return Collections.unmodifiableList(adjointSteps);
    }

    /** ∂f/∂x, read from the adjoints of the inputs. */
    public double[] gradient() {
        return gradient.clone();
    }

    NodeLabels labels() {
        return labels;
    }
}
