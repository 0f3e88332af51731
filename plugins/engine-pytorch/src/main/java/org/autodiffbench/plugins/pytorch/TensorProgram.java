package org.autodiffbench.plugins.pytorch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Constant;

/**
 * A graph translated once into libtorch tensors and operations: data inputs and constants
 * become tensors at preparation, each differentiable input a leaf of {@link PointTensors}
 * per call, and each node some output needs one {@link TensorOp}, run in topological order.
 * The tensors a call makes belong to the caller's scope, which closes them.
 */
final class TensorProgram {

    private final Graph graph;
    private final PointTensors point;
    private final NDArray[] values;
    private final TensorOp[] ops;
    private final int[][] operandIds;
    private final NDArray[][] operandViews;
    private final int[] runOrder;

    TensorProgram(Graph graph, NDManager manager) {
        this.graph = graph;
        this.point = new PointTensors(graph, manager);
        int count = graph.nodeCount();
        values = new NDArray[count];
        ops = new TensorOp[count];
        operandIds = new int[count][];
        operandViews = new NDArray[count][];
        for (Input input : graph.inputs()) {
            if (!input.isDifferentiable()) {
                values[input.nodeId()] = manager.create(input.data(), TensorShapes.of(input.shape()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.isInput() || !graph.isUseful(node.id())) {
                continue;
            }
            if (node.primitive() instanceof Constant constant) {
                values[node.id()] = manager.create(constant.value(), TensorShapes.of(node.shape()));
                continue;
            }
            ops[node.id()] = TensorOps.of(node, manager);
            operandIds[node.id()] = node.operands();
            operandViews[node.id()] = new NDArray[node.operandCount()];
            order.add(node.id());
        }
        runOrder = order.stream().mapToInt(Integer::intValue).toArray();
    }

    PointTensors point() {
        return point;
    }

    /**
     * Loads the point x into fresh input leaves, which record gradients only if asked: a
     * value needs none.
     */
    void load(double[] x, boolean requireGradients) {
        point.load(x, requireGradients, values);
    }

    /** Runs every needed node's operation on the loaded point; under a gradient collector autograd records them. */
    void run() {
        for (int id : runOrder) {
            NDArray[] operands = operandViews[id];
            int[] ids = operandIds[id];
            for (int i = 0; i < operands.length; i++) {
                operands[i] = values[ids[i]];
            }
            values[id] = ops[id].apply(operands);
        }
    }

    /**
     * The outputs as one tensor to seed a backward pass from: the output itself when there is
     * one, else the outputs flattened and concatenated, in the order of y.
     */
    NDArray outputTensor() {
        if (graph.outputCount() == 1) {
            return values[graph.output(0)];
        }
        NDList parts = new NDList(graph.outputCount());
        for (int k = 0; k < graph.outputCount(); k++) {
            parts.add(values[graph.output(k)].reshape(-1));
        }
        return NDArrays.concat(parts);
    }

    /** Copies the outputs of the last run, concatenated, into y. */
    void readOutputs(double[] y) {
        int offset = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int id = graph.output(k);
            int size = graph.node(id).shape().size();
            DoubleBuffer data = values[id].toByteBuffer(true).asDoubleBuffer();
            data.get(y, offset, size);
            offset += size;
        }
    }
}
