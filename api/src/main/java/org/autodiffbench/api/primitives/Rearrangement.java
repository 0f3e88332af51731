package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * A primitive that only moves values (reshape, slice, gather, concat): its primal and JVP copy,
 * so they cost no flops, and its VJP adds blocks of ȳ into the operands' adjoints, one flop per
 * addition, reading no primal value.
 */
public abstract class Rearrangement implements Primitive {

    /** {@code to[toOffset + k] += from[fromOffset + k]} for k below n. */
    static void addBlock(double[] from, int fromOffset, double[] to, int toOffset, int n) {
        for (int k = 0; k < n; k++) {
            to[toOffset + k] += from[fromOffset + k];
        }
    }

    /**
     * Where each element of the result is copied from, for a compiler that writes the copies out:
     * element k of the result is element {@code sources[1][k]} of operand {@code sources[0][k]}.
     *
     * @param operands the operands' shapes
     * @param size the number of elements of the result
     */
    public abstract int[][] elementSources(Shape[] operands, int size);

    /** Sources of a result that is one operand's elements from {@code first} on, in order. */
    static int[][] consecutive(int first, int size) {
        int[][] sources = new int[2][size];
        for (int k = 0; k < size; k++) {
            sources[1][k] = first + k;
        }
        return sources;
    }

    @Override
    public final Residuals residuals() {
        return Residuals.NONE;
    }

    @Override
    public final long primalFlops(Shape[] operands, Shape out) {
        return 0;
    }

    @Override
    public final long jvpFlops(Shape[] operands, Shape out, int i) {
        return 0;
    }

    @Override
    public String toString() {
        return describe();
    }
}
