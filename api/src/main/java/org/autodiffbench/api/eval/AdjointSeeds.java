package org.autodiffbench.api.eval;

import java.util.Arrays;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;

/**
 * Starts a reverse sweep: the output adjoints take the seed (uᵀ for a VJP, 1 for a gradient),
 * and the parts of the point adjoint that no VJP rule writes (inputs no output depends on,
 * and inputs that are themselves outputs) are zeroed. Every other adjoint is overwritten by
 * its first contribution ({@link AdjointSweep#firstWrites}), so nothing else needs clearing.
 */
public final class AdjointSeeds {

    private final Graph graph;
    private final double[][] adjoints;
    /** Pairs (offset, length) of point-adjoint ranges no VJP rule writes. */
    private final int[] unwrittenRanges;

    /**
     * Prepares the seeding of a graph's sweeps.
     *
     * @param adjoints the node-indexed adjoint buffers the {@link AdjointSweep}s share
     */
    public AdjointSeeds(Graph graph, double[][] adjoints) {
        this.graph = graph;
        this.adjoints = adjoints;
        java.util.List<Integer> ranges = new java.util.ArrayList<>();
        for (Input input : graph.differentiableInputs()) {
            if (!graph.isActive(input.nodeId()) || isOutput(input.nodeId())) {
                ranges.add(input.offset());
                ranges.add(input.shape().size());
            }
        }
        unwrittenRanges = ranges.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean isOutput(int node) {
        for (int k = 0; k < graph.outputCount(); k++) {
            if (graph.output(k) == node) {
                return true;
            }
        }
        return false;
    }

    /** Seeds output element {@code row} of y, counting outputs in order, with {@code seed[row]}. */
    public void seed(double[] seed, double[] pointAdjoint) {
        for (int k = 0; k < unwrittenRanges.length; k += 2) {
            Arrays.fill(pointAdjoint, unwrittenRanges[k], unwrittenRanges[k] + unwrittenRanges[k + 1], 0.0);
        }
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            if (!graph.isDifferentiableInput(node) && adjoints[node] != null) {
                Arrays.fill(adjoints[node], 0.0);
            }
        }
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            int size = graph.node(node).shape().size();
            for (int i = 0; i < size; i++) {
                if (graph.isDifferentiableInput(node)) {
                    pointAdjoint[graph.pointOffset(node) + i] += seed[row + i];
                } else if (adjoints[node] != null) {
                    adjoints[node][i] += seed[row + i];
                }
            }
            row += size;
        }
    }
}
