package org.autodiffbench.api.primitives;

/**
 * Where a node's operands live: operand i occupies {@code size(i)} entries of its array from
 * {@code offset(i)}. A differentiable input is read in place from the flat point vector, so
 * its offset is its place there; every other operand starts at 0. The same offsets address
 * the operands' tangents and adjoints, which engines lay out like the point.
 */
public final class OperandLayout {

    private final int[] offsets;
    private final int[] sizes;

    public OperandLayout(int[] offsets, int[] sizes) {
        if (offsets.length != sizes.length) {
            throw new IllegalArgumentException("offsets and sizes must have one entry per operand");
        }
        this.offsets = offsets.clone();
        this.sizes = sizes.clone();
    }

    /** Every operand a whole array from index 0. */
    public static OperandLayout whole(double[][] operands) {
        int[] sizes = new int[operands.length];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = operands[i].length;
        }
        return new OperandLayout(new int[operands.length], sizes);
    }

    public int offset(int i) {
        return offsets[i];
    }

    public int size(int i) {
        return sizes[i];
    }

    /**
     * How far operand i moves per output element of an elementwise primitive: 0 for a broadcast
     * scalar, which every element reads, and 1 otherwise.
     */
    public int stride(int i) {
        return sizes[i] == 1 ? 0 : 1;
    }

    public int count() {
        return sizes.length;
    }
}
