package org.autodiffbench.engine.checkpointed;

import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.PrimalPlan;

/**
 * The stored stage inputs, last in, first out, as Revolve and uniform schedules use them.
 * A slot holds one stage's boundary values, copied out of the live buffers and back.
 * The input of stage 0 is the point itself, so its snapshot holds no copy.
 */
final class SnapshotStack {

    private final StageChain chain;
    private final PrimalPlan primal;
    private final double[][] slots;
    private final int[] stageOf;
    private int depth;
    private int peak;
    private long taken;

    /**
     * @param capacity the most snapshots held at once, the initial state included
     */
    SnapshotStack(StageChain chain, PrimalPlan primal, int capacity) {
        this.chain = chain;
        this.primal = primal;
        int width = chain.maxBoundarySize();
        this.slots = new double[capacity][];
        for (int d = 1; d < capacity; d++) {
            slots[d] = new double[width];
        }
        this.stageOf = new int[capacity];
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
            double[] slot = slots[depth];
            int at = 0;
            for (int id : chain.boundary(k)) {
                double[] value = primal.value(id);
                System.arraycopy(value, 0, slot, at, value.length);
                at += value.length;
            }
        }
        stageOf[depth++] = k;
        peak = Math.max(peak, depth);
        taken++;
    }

    /** Copies the top snapshot, which must hold the input of stage k, back into the live buffers. */
    void restore(int k) {
        if (depth == 0 || stageOf[depth - 1] != k) {
            throw new IllegalStateException("schedule restores stage " + k + " but it is not the top snapshot");
        }
        if (k > 0) {
            double[] slot = slots[depth - 1];
            int at = 0;
            for (int id : chain.boundary(k)) {
                double[] value = primal.value(id);
                System.arraycopy(slot, at, value, 0, value.length);
                at += value.length;
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
