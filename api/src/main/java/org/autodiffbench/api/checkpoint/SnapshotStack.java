package org.autodiffbench.api.checkpoint;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.autodiffbench.api.eval.Footprint;

/**
 * The stored stage inputs, last in, first out, as Revolve and uniform schedules use them.
 * A slot holds one stage's boundary values, copied out of the live buffers and back; where each
 * boundary node's value lives (an array and an offset) is looked up once, when the stack is made,
 * so an interpreter's node buffers and a compiled program's banked array are stored alike.
 * The input of stage 0 is the point itself, so its snapshot holds no copy.
 */
public final class SnapshotStack {

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
     * @param array the array that holds a node's live value
     * @param offset where in that array the value starts
     * @param capacity the most snapshots held at once, the initial state included
     */
    public SnapshotStack(StageChain chain, IntFunction<double[]> array, IntUnaryOperator offset, int capacity) {
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
                arrays[k][j] = array.apply(boundary[j]);
                offsets[k][j] = offset.applyAsInt(boundary[j]);
                sizes[k][j] = chain.size(boundary[j]);
            }
        }
        slots = new double[capacity][];
        for (int d = 1; d < capacity; d++) {
            slots[d] = new double[chain.maxBoundarySize()];
        }
        stageOf = new int[capacity];
    }

    /** Empties the stack at the start of a run of the schedule. */
    public void reset() {
        depth = 0;
        peak = 0;
        taken = 0;
    }

    /** Stores the input of stage k on top of the stack. */
    public void take(int k) {
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

    /** Copies the top snapshot, which must hold the input of stage k, back into the live buffers. */
    public void restore(int k) {
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

    /** Drops the top snapshot. */
    public void free() {
        depth--;
    }

    /** The most snapshots held at once since the last {@link #reset}. */
    public int peak() {
        return peak;
    }

    /** The snapshots taken since the last {@link #reset}. */
    public long taken() {
        return taken;
    }

    /** Heap footprint of the slots. */
    public long bytes() {
        long bytes = 0;
        for (double[] slot : slots) {
            if (slot != null) {
                bytes += Footprint.doubles(slot.length);
            }
        }
        return bytes;
    }
}
