package org.autodiffbench.api.eval;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.OperandLayout;

/**
 * The primal half every engine shares: one value buffer per node, the operand views and
 * layouts each kernel reads. Differentiable inputs are read in place from the caller's flat
 * point vector, so {@link #load} copies nothing; data inputs and constants have their own
 * buffers. Everything is allocated here, once; evaluation allocates nothing.
 *
 * <p>Only useful nodes (those some output depends on) get buffers and are evaluated. Where
 * the buffers live is a {@link BufferLayout}'s choice: one per node, or stage banks reused
 * across stages.
 */
public final class PrimalPlan implements NodeValues {

    private final Graph graph;
    private final double[][] values;
    private final double[][][] operandValues;
    private final OperandLayout[] layouts;
    private final long[] primalFlops;
    private final int[] differentiableNodes;
    private final int[] differentiableOffsets;
    /** Operand slots that read a differentiable input, as pairs (node, operand index). */
    private final int[] pointSlots;
    private final long intermediateBytes;

    /** A plan in which every node has its own buffer. */
    public PrimalPlan(Graph graph) {
        this(graph, BufferLayout.distinct(graph));
    }

    public PrimalPlan(Graph graph, BufferLayout layout) {
        this.graph = graph;
        int count = graph.nodeCount();
        BufferLayout.NodeBuffers buffers = layout.allocate(
                id -> !graph.isDifferentiableInput(id) && (graph.isUseful(id) || graph.node(id).isInput()));
        values = buffers.byNode();
        intermediateBytes = buffers.intermediateBytes();
        operandValues = new double[count][][];
        layouts = new OperandLayout[count];
        primalFlops = new long[count];
        List<Integer> slots = new ArrayList<>();
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isInput() || !graph.isUseful(id)) {
                continue;
            }
            layouts[id] = layoutOf(graph, node);
            double[][] views = new double[node.operandCount()][];
            for (int i = 0; i < views.length; i++) {
                views[i] = values[node.operand(i)];
                if (graph.isDifferentiableInput(node.operand(i))) {
                    slots.add(id);
                    slots.add(i);
                }
            }
            operandValues[id] = views;
            primalFlops[id] = node.primitive().primalFlops(graph.operandShapes(node), node.shape());
        }
        pointSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        List<Input> differentiable = graph.differentiableInputs();
        differentiableNodes = new int[differentiable.size()];
        differentiableOffsets = new int[differentiable.size()];
        for (int k = 0; k < differentiable.size(); k++) {
            differentiableNodes[k] = differentiable.get(k).nodeId();
            differentiableOffsets[k] = differentiable.get(k).offset();
        }
        for (Input input : graph.inputs()) {
            if (!input.isDifferentiable()) {
                input.copyDataInto(values[input.nodeId()]);
            }
        }
    }

    /** The operand layout of a node: differentiable inputs at their point offsets, the rest whole. */
    public static OperandLayout layoutOf(Graph graph, Node node) {
        int[] offsets = new int[node.operandCount()];
        int[] sizes = new int[node.operandCount()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = graph.pointOffset(node.operand(i));
            sizes[i] = graph.node(node.operand(i)).shape().size();
        }
        return new OperandLayout(offsets, sizes);
    }

    public Graph graph() {
        return graph;
    }

    /** Points the differentiable inputs at the flat point x, read in place during the call. */
    @Override
    public void load(double[] x) {
        if (x.length != graph.parameterCount()) {
            throw new IllegalArgumentException("point has " + x.length + " entries but the graph has "
                    + graph.parameterCount() + " differentiable scalars");
        }
        for (int k = 0; k < differentiableNodes.length; k++) {
            values[differentiableNodes[k]] = x;
        }
        for (int k = 0; k < pointSlots.length; k += 2) {
            operandValues[pointSlots[k]][pointSlots[k + 1]] = x;
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
        graph.node(id).primitive().primal(operands, layouts[id], values[id]);
        return primalFlops[id];
    }

    /** y = f(x): loads x, evaluates every node and reads the outputs; returns the flops spent. */
    public long evaluate(double[] x, double[] y) {
        load(x);
        long flops = evaluateAll();
        readOutputs(y);
        return flops;
    }

    /** Evaluates every node in order; returns the flops spent. */
    public long evaluateAll() {
        return evaluateRange(0, values.length);
    }

    /** Evaluates nodes {@code [from, to)} in order, e.g. one stage; returns the flops spent. */
    public long evaluateRange(int from, int to) {
        long flops = 0;
        for (int id = from; id < to; id++) {
            flops += evaluate(id);
        }
        return flops;
    }

    /** The heap footprint of the intermediate value buffers (inputs and constants excluded). */
    public long intermediateBytes() {
        return intermediateBytes;
    }

    /** Copies the outputs, concatenated, into y. */
    public void readOutputs(double[] y) {
        if (y.length != graph.outputSize()) {
            throw new IllegalArgumentException("output array has " + y.length + " entries but the graph has "
                    + graph.outputSize() + " output scalars");
        }
        int offset = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            int size = graph.node(node).shape().size();
            System.arraycopy(values[node], graph.pointOffset(node), y, offset, size);
            offset += size;
        }
    }

    /**
     * The live buffer of node {@code id}: for a differentiable input, the whole point vector
     * (its entries start at {@link Graph#pointOffset}); null for a node no output needs.
     */
    @Override
    public double[] value(int id) {
        return values[id];
    }

    /** None: every view is this plan's own buffer. */
    @Override
    public long copiedBytes() {
        return 0;
    }

    /** The live operand views of node {@code id}, as its kernels read them. */
    @Override
    public double[][] operands(int id) {
        return operandValues[id];
    }

    /** The operand layout of node {@code id}, as its kernels read it. */
    @Override
    public OperandLayout layout(int id) {
        return layouts[id];
    }

    /** How many differentiable inputs the point vector holds. */
    public int differentiableInputCount() {
        return differentiableNodes.length;
    }

    /** The node id of the k-th differentiable input. */
    public int differentiableNode(int k) {
        return differentiableNodes[k];
    }

    /** Where the k-th differentiable input starts in the point vector. */
    public int differentiableOffset(int k) {
        return differentiableOffsets[k];
    }
}
