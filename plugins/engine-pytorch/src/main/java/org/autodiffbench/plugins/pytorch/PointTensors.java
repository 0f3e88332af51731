package org.autodiffbench.plugins.pytorch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;

/**
 * The differentiable inputs: one direct buffer each, made once, that a call fills from the
 * point x, and per call a fresh leaf tensor over each buffer (DJL's PyTorch engine wraps a
 * direct buffer without copying it). A fresh leaf has no gradient yet, so backward hands it
 * its gradient tensor instead of adding into an old one, and nothing needs zeroing between calls.
 */
final class PointTensors {

    private final NDManager manager;
    private final int[] nodeIds;
    private final Shape[] shapes;
    private final ByteBuffer[] buffers;
    private final DoubleBuffer[] views;
    private final int[] offsets;
    private final int[] sizes;
    /** Does some output depend on the input? Only then does backward give it a gradient. */
    private final boolean[] reached;
    private final NDArray[] leaves;

    PointTensors(Graph graph, NDManager manager) {
        this.manager = manager;
        List<Input> inputs = graph.differentiableInputs();
        int count = inputs.size();
        nodeIds = new int[count];
        shapes = new Shape[count];
        buffers = new ByteBuffer[count];
        views = new DoubleBuffer[count];
        offsets = new int[count];
        sizes = new int[count];
        reached = new boolean[count];
        leaves = new NDArray[count];
        for (int k = 0; k < count; k++) {
            Input input = inputs.get(k);
            nodeIds[k] = input.nodeId();
            shapes[k] = TensorShapes.of(input.shape());
            offsets[k] = input.offset();
            sizes[k] = input.shape().size();
            reached[k] = graph.isUseful(input.nodeId());
            buffers[k] = ByteBuffer.allocateDirect(Math.multiplyExact(8, sizes[k])).order(ByteOrder.nativeOrder());
            views[k] = buffers[k].asDoubleBuffer();
        }
    }

    /**
     * Copies x into the buffers and makes this call's leaves over them, stored in
     * {@code values} at the inputs' node ids. The leaves belong to the caller's scope.
     */
    void load(double[] x, boolean requireGradients, NDArray[] values) {
        for (int k = 0; k < leaves.length; k++) {
            views[k].clear();
            views[k].put(x, offsets[k], sizes[k]);
            leaves[k] = manager.create(buffers[k], shapes[k], DataType.FLOAT64);
            if (requireGradients) {
                leaves[k].setRequiresGradient(true);
            }
            values[nodeIds[k]] = leaves[k];
        }
    }

    /**
     * Copies the leaves' gradients, laid out like x, into {@code target} from index
     * {@code base}. An input no output depends on gets zeros.
     */
    void readGradients(double[] target, int base) {
        for (int k = 0; k < leaves.length; k++) {
            PtNDArray gradient = reached[k] ? JniUtils.getGradient((PtNDArray) leaves[k]) : null;
            if (gradient == null) {
                Arrays.fill(target, base + offsets[k], base + offsets[k] + sizes[k], 0.0);
            } else {
                gradient.toByteBuffer(true).asDoubleBuffer().get(target, base + offsets[k], sizes[k]);
            }
        }
    }

    /** Zeroes the leaves' gradients before another backward pass adds into them. */
    void zeroGradients() {
        for (int k = 0; k < leaves.length; k++) {
            JniUtils.zeroGrad((PtNDArray) leaves[k]);
        }
    }
}
