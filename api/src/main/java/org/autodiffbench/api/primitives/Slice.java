package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * A contiguous block: y = (x_from, …, x_from+count−1), the elements of a vector or the rows of a
 * matrix (one block in row-major storage). JVP: ẏ is the same block of ẋ. VJP: the block of x̄
 * += ȳ. The range is checked by the shape rule, so a bad one is refused when the graph is built.
 */
public final class Slice extends Rearrangement {

    private final int from;
    private final int count;

    public Slice(int from, int count) {
        this.from = from;
        this.count = count;
    }

    /** The first element or row picked. */
    public int from() {
        return from;
    }

    /** How many elements or rows are picked. */
    public int count() {
        return count;
    }

    @Override
    public String name() {
        return "slice";
    }

    @Override
    public String describe() {
        return "slice[" + from + ", " + count + "]";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        Shape x = operands[0];
        ShapeRules.requirePartsToPick(name(), x);
        if (count < 1) {
            throw new ShapeException(name(), "needs a count of at least 1, was " + count);
        }
        if (from < 0 || (long) from + count > x.rows()) {
            throw new ShapeException(name(), ShapeRules.partNoun(x) + " " + from + ".." + ((long) from + count - 1)
                    + " reach outside " + ShapeRules.withItsParts(x));
        }
        return ShapeRules.withParts(x, count);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        System.arraycopy(operands[0], start(layout, out), out, 0, out.length);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        System.arraycopy(tangents[0], start(layout, out), tangentOut, 0, tangentOut.length);
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        addBlock(adjointOut, 0, xBar, start(layout, out), adjointOut.length);
    }

    @Override
    public int[][] elementSources(Shape[] operands, int size) {
        return consecutive(from * (size / count), size);
    }

    /** Where the block starts in the operand's array: the output holds count parts of equal size. */
    private int start(OperandLayout layout, double[] out) {
        return layout.offset(0) + from * (out.length / count);
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return out.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slice other && from == other.from && count == other.count;
    }

    @Override
    public int hashCode() {
        return 31 * from + count;
    }
}
