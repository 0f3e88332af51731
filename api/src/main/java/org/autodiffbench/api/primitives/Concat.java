package org.autodiffbench.api.primitives;

import java.util.Arrays;
import org.autodiffbench.api.graph.Shape;

/**
 * n operands laid end to end: vectors (a scalar counts as a vector of one element) into one
 * vector, or matrices with equal column counts stacked by rows, which in row-major storage is the
 * same thing. y = (x₁; …; xₙ). JVP: ẏ = (ẋ₁; …; ẋₙ), zeros for a null tangent. VJP: each x̄ᵢ +=
 * its block of ȳ. The arity n is a parameter of the instance.
 */
public final class Concat extends Rearrangement {

    private final int parts;

    public Concat(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("concat needs at least one part, got " + parts);
        }
        this.parts = parts;
    }

    @Override
    public String name() {
        return "concat";
    }

    @Override
    public String describe() {
        return "concat[" + parts + "]";
    }

    @Override
    public int arity() {
        return parts;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, parts);
        Shape first = operands[0];
        long total = 0;
        for (int i = 0; i < operands.length; i++) {
            Shape x = operands[i];
            if (x.isMatrix() != first.isMatrix()) {
                throw new ShapeException(name(), "operand " + i + " is " + x + " but operand 0 is " + first
                        + "; concatenate vectors (or scalars) or matrices, not both");
            }
            if (x.isMatrix() && x.cols() != first.cols()) {
                throw new ShapeException(name(), "operand " + i + " " + x + " has " + x.cols()
                        + " columns but operand 0 " + first + " has " + first.cols());
            }
            total += x.rows();
        }
        if (total > Integer.MAX_VALUE) {
            throw new ShapeException(name(), "the result would have " + total + " rows, more than an array holds");
        }
        return first.isMatrix() ? Shape.matrix((int) total, first.cols()) : Shape.vector((int) total);
    }

    @Override
    public int[][] elementSources(Shape[] operands, int size) {
        int[][] sources = new int[2][size];
        int at = 0;
        for (int i = 0; i < parts; i++) {
            for (int e = 0; e < operands[i].size(); e++, at++) {
                sources[0][at] = i;
                sources[1][at] = e;
            }
        }
        return sources;
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        int at = 0;
        for (int i = 0; i < parts; i++) {
            System.arraycopy(operands[i], layout.offset(i), out, at, layout.size(i));
            at += layout.size(i);
        }
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        int at = 0;
        for (int i = 0; i < parts; i++) {
            if (tangents[i] == null) {
                Arrays.fill(tangentOut, at, at + layout.size(i), 0.0);
            } else {
                System.arraycopy(tangents[i], layout.offset(i), tangentOut, at, layout.size(i));
            }
            at += layout.size(i);
        }
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        scatter(layout, adjointOut, adjoints, null);
    }

    /**
     * A first write is a plain copy of the operand's block. Operands go in order, and a sweep
     * marks the first slot of an operand read twice, so its copy comes before its additions.
     */
    @Override
    public void vjpAssign(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints, boolean[] assign) {
        scatter(layout, adjointOut, adjoints, assign);
    }

    /** Hands each operand its block of ȳ: copied where {@code assign} marks it, else added. */
    private void scatter(OperandLayout layout, double[] adjointOut, double[][] adjoints, boolean[] assign) {
        int at = 0;
        for (int i = 0; i < parts; i++) {
            double[] xBar = adjoints[i];
            int offset = layout.offset(i);
            int size = layout.size(i);
            if (xBar != null && assign != null && assign[i]) {
                System.arraycopy(adjointOut, at, xBar, offset, size);
            } else if (xBar != null) {
                addBlock(adjointOut, at, xBar, offset, size);
            }
            at += size;
        }
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return operands[i].size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Concat other && parts == other.parts;
    }

    @Override
    public int hashCode() {
        return parts;
    }
}
