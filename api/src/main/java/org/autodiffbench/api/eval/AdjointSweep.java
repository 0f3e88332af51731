package org.autodiffbench.api.eval;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.Primitive;

/**
 * The adjoint half of reverse mode over a range of nodes: a walk backwards that calls each
 * active node's VJP rule, which accumulates into its operands' adjoints with {@code +=} (so
 * fan-out needs no special case). The first contribution to each adjoint in the whole sweep
 * overwrites instead ({@link #firstWrites}), so no adjoint needs zeroing between calls.
 * Intermediate adjoints live in the caller's node-indexed table; the adjoints of the
 * differentiable inputs go in place into a flat array laid out like the point (the caller's
 * gradient), bound before each sweep. A checkpointing engine runs one sweep per stage over the
 * stage's node range, in decreasing stage order, all sharing one table.
 */
public final class AdjointSweep {

    private final Graph graph;
    private final PrimalPlan primal;
    private final int from;
    private final int[] reverseOrder;
    private final double[][] adjoints;
    private final double[][][] adjointViews;
    private final long[] vjpFlops;
    private final boolean[][] assign;
    /** Operand slots whose adjoint is a differentiable input's, as pairs (node, operand index). */
    private final int[] pointSlots;

    /**
     * Prepares the sweep over node ids {@code [from, to)}.
     *
     * @param adjoints node-indexed adjoint buffers, non-null for every active intermediate node
     *     the range reads or writes
     * @param firstWrites the graph's {@link #firstWrites}
     */
    public AdjointSweep(PrimalPlan primal, double[][] adjoints, int from, int to, boolean[][] firstWrites) {
        this.primal = primal;
        this.graph = primal.graph();
        this.adjoints = adjoints;
        this.assign = firstWrites;
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

    /**
     * Which operand slots make the first contribution to their operand's adjoint in a sweep of
     * the whole graph from the last node to the first: {@code [node][operand]}. Outputs are
     * seeded before the sweep, so no slot writes them first. Every other active node has an
     * active consumer, so every adjoint is written before it is read.
     */
    public static boolean[][] firstWrites(Graph graph) {
        boolean[] written = new boolean[graph.nodeCount()];
        for (int k = 0; k < graph.outputCount(); k++) {
            written[graph.output(k)] = true;
        }
        boolean[][] first = new boolean[graph.nodeCount()][];
        for (int id = graph.nodeCount() - 1; id >= 0; id--) {
            Node node = graph.node(id);
            if (BufferLayout.isGlobal(node) || !graph.isActive(id)) {
                continue;
            }
            first[id] = new boolean[node.operandCount()];
            for (int i = 0; i < node.operandCount(); i++) {
                int operand = node.operand(i);
                if (graph.isActive(operand) && !written[operand]) {
                    first[id][i] = true;
                    written[operand] = true;
                }
            }
        }
        return first;
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
            primitive.vjpAssign(primal.operands(id), primal.layout(id), primal.value(id), adjoints[id],
                    adjointViews[id - from], assign[id]);
            flops += vjpFlops[id - from];
        }
        return flops;
    }
}
