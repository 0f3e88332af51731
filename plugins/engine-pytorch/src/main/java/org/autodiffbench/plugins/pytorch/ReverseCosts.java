package org.autodiffbench.plugins.pytorch;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;

/**
 * What one evaluation and one backward pass of a graph cost, counted on the graph IR, not
 * measured in libtorch: flops are the primitives' own counts (the primal of every node an
 * output needs; per backward pass, the VJP of every active node towards each active operand),
 * so they compare with the other engines' counts rather than with the kernels libtorch runs.
 *
 * <p>Retained bytes estimate the native memory a gradient keeps alive, by the definition the
 * other engines use: the engine holds every intermediate node's tensor until the call ends
 * (autograd's saved tensors are among them), and backward makes a gradient tensor for every
 * active intermediate node; 8 bytes per element, without libtorch's per-tensor metadata. The
 * point's copy in the input leaves and libtorch's gradients of the inputs stand for the point
 * and the gradient, which are not counted; nor are data inputs and constants, made once at
 * preparation.
 */
record ReverseCosts(long primalFlops, long backwardFlops, long retainedBytes) {

    static ReverseCosts of(Graph graph) {
        long backward = 0;
        long elements = 0;
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isInput() || !graph.isUseful(id) || node.operandCount() == 0) {
                continue;
            }
            elements += node.shape().size();
            if (!graph.isActive(id)) {
                continue;
            }
            elements += node.shape().size();
            Shape[] shapes = graph.operandShapes(node);
            for (int i = 0; i < node.operandCount(); i++) {
                if (graph.isActive(node.operand(i))) {
                    backward += node.primitive().vjpFlops(shapes, node.shape(), i);
                }
            }
        }
        return new ReverseCosts(graph.primalFlops(), backward, 8L * elements);
    }
}
