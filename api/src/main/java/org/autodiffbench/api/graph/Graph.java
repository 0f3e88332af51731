package org.autodiffbench.api.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An immutable DAG in SSA form: nodes in topological order (an input node has no operands,
 * every other node applies a primitive to earlier nodes), and one or more outputs.
 *
 * <p>The differentiable inputs, concatenated in declaration order, form the flat point
 * vector x of length {@link #parameterCount()}; the outputs, concatenated, form y of length
 * {@link #outputSize()}. Nodes may be grouped into consecutive stages, a chain
 * {@code s_L ∘ … ∘ s_1} that a checkpointing engine can recompute stage by stage.
 */
public final class Graph {

    private final List<Input> inputs;
    private final List<Node> nodes;
    private final int[] outputs;
    private final int parameterCount;
    private final int outputSize;
    private final int stageCount;
    private final boolean[] varied;
    private final boolean[] useful;
    private final int[] stageStarts;
    private final int[] pointOffsets;

    Graph(List<Input> inputs, List<Node> nodes, int[] outputs, int stageCount) {
        this.inputs = List.copyOf(inputs);
        this.nodes = List.copyOf(nodes);
        this.outputs = outputs.clone();
        this.stageCount = stageCount;
        this.parameterCount = inputs.stream().filter(Input::isDifferentiable).mapToInt(i -> i.shape().size()).sum();
        int out = 0;
        for (int id : outputs) {
            out += nodes.get(id).shape().size();
        }
        this.outputSize = out;
        this.varied = computeVaried();
        this.useful = computeUseful();
        this.stageStarts = computeStageStarts();
        this.pointOffsets = new int[nodes.size()];
        for (Input input : inputs) {
            if (input.isDifferentiable()) {
                pointOffsets[input.nodeId()] = input.offset();
            }
        }
    }

    private int[] computeStageStarts() {
        int[] starts = new int[stageCount + 1];
        java.util.Arrays.fill(starts, -1);
        for (Node node : nodes) {
            if (node.stage() < 0 || node.stage() >= stageCount) {
                throw new IllegalArgumentException("node v" + node.id() + " is in stage " + node.stage()
                        + " but the graph has " + stageCount + " stages");
            }
            if (starts[node.stage()] < 0) {
                starts[node.stage()] = node.id();
            }
        }
        starts[stageCount] = nodes.size();
        for (int k = stageCount - 1; k >= 0; k--) {
            if (starts[k] < 0) {
                starts[k] = starts[k + 1];
            }
        }
        return starts;
    }

    private boolean[] computeVaried() {
        boolean[] v = new boolean[nodes.size()];
        for (Input input : inputs) {
            v[input.nodeId()] = input.isDifferentiable();
        }
        for (Node node : nodes) {
            if (!node.isInput()) {
                for (int i = 0; i < node.operandCount(); i++) {
                    v[node.id()] |= v[node.operand(i)];
                }
            }
        }
        return v;
    }

    private boolean[] computeUseful() {
        boolean[] u = new boolean[nodes.size()];
        for (int id : outputs) {
            u[id] = true;
        }
        for (int id = nodes.size() - 1; id >= 0; id--) {
            Node node = nodes.get(id);
            if (u[id] && !node.isInput()) {
                for (int i = 0; i < node.operandCount(); i++) {
                    u[node.operand(i)] = true;
                }
            }
        }
        return u;
    }

    public List<Input> inputs() {
        return inputs;
    }

    public Optional<Input> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The differentiable inputs, in the order they occupy the point vector. */
    public List<Input> differentiableInputs() {
        List<Input> result = new ArrayList<>();
        for (Input input : inputs) {
            if (input.isDifferentiable()) {
                result.add(input);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** All nodes, in topological order. */
    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** The output node ids (a copy). */
    public int[] outputs() {
        return outputs.clone();
    }

    public int outputCount() {
        return outputs.length;
    }

    public int output(int i) {
        return outputs[i];
    }

    /** n: the length of the point vector, the number of differentiable scalars. */
    public int parameterCount() {
        return parameterCount;
    }

    /** m: the total number of output scalars. */
    public int outputSize() {
        return outputSize;
    }

    /** True when the graph computes a single scalar, so that a gradient exists. */
    public boolean hasScalarOutput() {
        return outputs.length == 1 && outputSize == 1;
    }

    /** The number of stages; a graph built without stage boundaries has one. */
    public int stageCount() {
        return stageCount;
    }

    /** The first node id of stage k; stages are contiguous id ranges, in order. */
    public int stageStart(int k) {
        return stageStarts[k];
    }

    /** One past the last node id of stage k. */
    public int stageEnd(int k) {
        return stageStarts[k + 1];
    }

    /** Is node {@code id} a differentiable input, read in place from the point vector? */
    public boolean isDifferentiableInput(int id) {
        return nodes.get(id).isInput() && varied[id];
    }

    /** Where a differentiable input starts in the point vector; 0 for any other node. */
    public int pointOffset(int id) {
        return pointOffsets[id];
    }

    /** Does the node's value depend on a differentiable input? */
    public boolean isVaried(int id) {
        return varied[id];
    }

    /** Does some output depend on the node's value? */
    public boolean isUseful(int id) {
        return useful[id];
    }

    /** Active nodes carry nonzero derivatives: varied and useful (Griewank's activity analysis). */
    public boolean isActive(int id) {
        return varied[id] && useful[id];
    }

    /** The floating-point operations of one primal evaluation of the useful nodes. */
    public long primalFlops() {
        long total = 0;
        for (Node node : nodes) {
            if (!node.isInput() && useful[node.id()]) {
                total += node.primitive().primalFlops(operandShapes(node), node.shape());
            }
        }
        return total;
    }

    /** The shapes of a node's operands, in order. */
    public Shape[] operandShapes(Node node) {
        Shape[] shapes = new Shape[node.operandCount()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = nodes.get(node.operand(i)).shape();
        }
        return shapes;
    }

    /** The name of the input that a node id holds, or {@code "v<id>"}. */
    public String nameOf(int id) {
        for (Input input : inputs) {
            if (input.nodeId() == id) {
                return input.name();
            }
        }
        return "v" + id;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Input input : inputs) {
            s.append("v").append(input.nodeId()).append(" = ").append(input).append('\n');
        }
        for (Node node : nodes) {
            if (!node.isInput()) {
                s.append(node).append('\n');
            }
        }
        s.append("outputs:");
        for (int id : outputs) {
            s.append(" v").append(id);
        }
        return s.toString();
    }
}
