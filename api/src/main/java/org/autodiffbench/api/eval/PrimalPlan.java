package org.autodiffbench.api.eval;

import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;

/**
 * The primal half every engine shares: one value buffer per node, the operand views each kernel
 * reads, and the flat point vector scattered into the differentiable inputs. Everything is
 * allocated here, once; {@link #evaluate(int)} allocates nothing.
 *
 * <p>Only useful nodes (those some output depends on) get buffers and are evaluated.
 */
public final class PrimalPlan {

    private final Graph graph;
    private final double[][] values;
    private final double[][][] operandValues;
    private final long[] primalFlops;
    private final int[] differentiableNodes;
    private final int[] differentiableOffsets;

    public PrimalPlan(Graph graph) {
        this.graph = graph;
        int count = graph.nodeCount();
        values = new double[count][];
        operandValues = new double[count][][];
        primalFlops = new long[count];
        for (Node node : graph.nodes()) {
            if (graph.isUseful(node.id()) || node.isInput()) {
                values[node.id()] = new double[node.shape().size()];
            }
        }
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isInput() || !graph.isUseful(id)) {
                continue;
            }
            double[][] views = new double[node.operandCount()][];
            for (int i = 0; i < views.length; i++) {
                views[i] = values[node.operand(i)];
            }
            operandValues[id] = views;
            primalFlops[id] = node.primitive().primalFlops(graph.operandShapes(node), node.shape());
        }
        List<Input> inputs = graph.inputs();
        List<Input> differentiable = graph.differentiableInputs();
        differentiableNodes = new int[differentiable.size()];
        differentiableOffsets = new int[differentiable.size()];
        for (int k = 0; k < differentiable.size(); k++) {
            differentiableNodes[k] = differentiable.get(k).nodeId();
            differentiableOffsets[k] = differentiable.get(k).offset();
        }
        for (Input input : inputs) {
            if (!input.isDifferentiable()) {
                input.copyDataInto(values[input.nodeId()]);
            }
        }
    }

    public Graph graph() {
        return graph;
    }

    /** Scatters the flat point x into the differentiable input buffers. */
    public void load(double[] x) {
        if (x.length != graph.parameterCount()) {
            throw new IllegalArgumentException("point has " + x.length + " entries but the graph has "
                    + graph.parameterCount() + " differentiable scalars");
        }
        for (int k = 0; k < differentiableNodes.length; k++) {
            double[] target = values[differentiableNodes[k]];
            System.arraycopy(x, differentiableOffsets[k], target, 0, target.length);
        }
    }

    /**
     * Runs node {@code id}'s primal kernel if it is a useful primitive node.
     *
     * @return the flops spent (0 for an input or a node no output needs)
     */
    public long evaluate(int id) {
        double[][] operands = operandValues[id];
        if (operands == null) {
            return 0;
        }
        graph.node(id).primitive().primal(operands, values[id]);
        return primalFlops[id];
    }

    /** Evaluates every node in order; returns the flops spent. */
    public long evaluateAll() {
        long flops = 0;
        for (int id = 0; id < values.length; id++) {
            flops += evaluate(id);
        }
        return flops;
    }

    /** Copies the outputs, concatenated, into y. */
    public void readOutputs(double[] y) {
        if (y.length != graph.outputSize()) {
            throw new IllegalArgumentException("output array has " + y.length + " entries but the graph has "
                    + graph.outputSize() + " output scalars");
        }
        int offset = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            double[] v = values[graph.output(k)];
            System.arraycopy(v, 0, y, offset, v.length);
            offset += v.length;
        }
    }

    /** The live buffer of node {@code id} (null for a node no output needs). */
    public double[] value(int id) {
        return values[id];
    }

    /** The live operand views of node {@code id}, as its kernels read them. */
    public double[][] operands(int id) {
        return operandValues[id];
    }

    /** The node ids of the differentiable inputs, in point-vector order. */
    public int differentiableInputCount() {
        return differentiableNodes.length;
    }

    public int differentiableNode(int k) {
        return differentiableNodes[k];
    }

    public int differentiableOffset(int k) {
        return differentiableOffsets[k];
    }

    /** Bytes of a value of this shape. */
    public static long bytes(Shape shape) {
        return 8L * shape.size();
    }
}
