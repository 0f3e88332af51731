package org.autodiffbench.engine.compiled;

import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.compile.CompiledStages;
import org.autodiffbench.api.eval.Footprint;

/**
 * The stored stage inputs of a compiled staged program, last in, first out, as Revolve and
 * uniform schedules use them. A slot holds the boundary values of one stage, copied out of their
 * banks and back; where each boundary node lives is looked up once, at prepare. The input of
 * stage 0 is the point itself, so its snapshot holds no copy.
 */
final class CompiledSnapshots {

    /** [k][j]: the array, offset and size of the j-th boundary node of stage k. */
    private final double[][][] arrays;
    private final int[][] offsets;
    private final int[][] sizes;
    private final double[][] slots;
    private final int[] stageOf;
    private int depth;
    private int peak;
    private long taken;

    /**
     * @param capacity the most snapshots held at once, the initial state included
     */
    CompiledSnapshots(StageChain chain, CompiledStages stages, int capacity) {
        int count = chain.stages();
        arrays = new double[count][][];
        offsets = new int[count][];
        sizes = new int[count][];
        for (int k = 0; k < count; k++) {
            int[] boundary = chain.boundary(k);
            arrays[k] = new double[boundary.length][];
            offsets[k] = new int[boundary.length];
            sizes[k] = new int[boundary.length];
            for (int j = 0; j < boundary.length; j++) {
                arrays[k][j] = stages.valueArray(boundary[j]);
                offsets[k][j] = stages.valueOffset(boundary[j]);
                sizes[k][j] = stages.compiledGraph().graph().node(boundary[j]).shape().size();
            }
        }
        slots = new double[capacity][];
        for (int d = 1; d < capacity; d++) {
            slots[d] = new double[chain.maxBoundarySize()];
        }
        stageOf = new int[capacity];
    }

    void reset() {
        depth = 0;
        peak = 0;
        taken = 0;
    }

    /** Stores the input of stage k on top of the stack. */
    void take(int k) {
        if (depth == slots.length) {
            throw new IllegalStateException("schedule holds more than " + slots.length + " snapshots");
        }
        if (k > 0) {
            int at = 0;
            for (int j = 0; j < sizes[k].length; j++) {
                System.arraycopy(arrays[k][j], offsets[k][j], slots[depth], at, sizes[k][j]);
                at += sizes[k][j];
            }
        }
        stageOf[depth++] = k;
        peak = Math.max(peak, depth);
        taken++;
    }

    /** Copies the top snapshot, which must hold the input of stage k, back into its bank. */
    void restore(int k) {
        if (depth == 0 || stageOf[depth - 1] != k) {
            throw new IllegalStateException("schedule restores stage " + k + " but it is not the top snapshot");
        }
        if (k > 0) {
            int at = 0;
            for (int j = 0; j < sizes[k].length; j++) {
                System.arraycopy(slots[depth - 1], at, arrays[k][j], offsets[k][j], sizes[k][j]);
                at += sizes[k][j];
            }
        }
    }

    void free() {
        depth--;
    }

    int peak() {
        return peak;
    }

    long taken() {
        return taken;
    }

    /** Heap footprint of the slots. */
    long bytes() {
        long bytes = 0;
        for (double[] slot : slots) {
            if (slot != null) {
                bytes += Footprint.doubles(slot.length);
            }
        }
        return bytes;
    }
}
