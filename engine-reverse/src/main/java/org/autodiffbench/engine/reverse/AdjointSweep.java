package org.autodiffbench.engine.reverse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.Primitive;

/**
 * The adjoint half of reverse mode over a range of nodes: a walk backwards that calls each
 * active node's VJP rule, which accumulates into its operands' adjoints with {@code +=} (so
 * fan-out needs no special case). Intermediate adjoints live in the caller's node-indexed
 * table; the adjoints of the differentiable inputs accumulate in place into a flat array laid
 * out like the point (the caller's gradient), bound before each sweep. A checkpointing engine
 * runs one sweep per stage over the stage's node range, all sharing one table.
 */
public final class AdjointSweep {

    private final Graph graph;
    private final PrimalPlan primal;
    private final int from;
    private final int[] reverseOrder;
    private final double[][] adjoints;
    private final double[][][] adjointViews;
    private final long[] vjpFlops;
    /** Operand slots whose adjoint is a differentiable input's, as pairs (node, operand index). */
    private final int[] pointSlots;

    /**
     * Prepares the sweep over node ids {@code [from, to)}.
     *
     * @param adjoints node-indexed adjoint buffers, non-null for every active intermediate node
     *     the range reads or writes
     */
    public AdjointSweep(PrimalPlan primal, double[][] adjoints, int from, int to) {
        this.primal = primal;
        this.graph = primal.graph();
        this.adjoints = adjoints;
        this.from = from;
        adjointViews = new double[to - from][][];
        vjpFlops = new long[to - from];
        List<Integer> slots = new ArrayList<>();
        int active = 0;
        for (int id = from; id < to; id++) {
            Node node = graph.node(id);
            if (BufferLayout.isGlobal(node) || !graph.isActive(id)) {
                continue;
            }
            active++;
            Shape[] shapes = graph.operandShapes(node);
            double[][] views = new double[node.operandCount()][];
            for (int i = 0; i < views.length; i++) {
                int operand = node.operand(i);
                if (graph.isActive(operand)) {
                    views[i] = adjoints[operand];
                    vjpFlops[id - from] += node.primitive().vjpFlops(shapes, node.shape(), i);
                    if (graph.isDifferentiableInput(operand)) {
                        slots.add(id);
                        slots.add(i);
                    }
                }
            }
            adjointViews[id - from] = views;
        }
        pointSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        reverseOrder = new int[active];
        int k = 0;
        for (int id = to - 1; id >= from; id--) {
            if (adjointViews[id - from] != null) {
                reverseOrder[k++] = id;
            }
        }
    }

    /** Accumulates the differentiable inputs' adjoints into {@code pointAdjoint} (laid out like x). */
    public void bindPointAdjoint(double[] pointAdjoint) {
        for (int k = 0; k < pointSlots.length; k += 2) {
            adjointViews[pointSlots[k] - from][pointSlots[k + 1]] = pointAdjoint;
        }
    }

    /** Zeroes the adjoints of the range's intermediate nodes. */
    public void clear() {
        for (int id : reverseOrder) {
            Arrays.fill(adjoints[id], 0.0);
        }
    }

    /**
     * Walks the range backwards, applying each active node's VJP rule to the primal values in
     * the plan.
     *
     * @return the flops spent
     */
    public long sweep() {
        long flops = 0;
        for (int id : reverseOrder) {
            Primitive primitive = graph.node(id).primitive();
            primitive.vjp(primal.operands(id), primal.layout(id), primal.value(id), adjoints[id],
                    adjointViews[id - from]);
            flops += vjpFlops[id - from];
        }
        return flops;
    }
}
