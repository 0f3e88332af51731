package org.autodiffbench.api.primitives;

import java.util.Arrays;
import org.autodiffbench.api.graph.Shape;

/**
 * Picks elements of a vector, or rows of a matrix, by fixed indices (repeats allowed):
 * y_k = x_{indices[k]}, i.e. y = G·x with G a 0/1 selection matrix. JVP: ẏ_k = ẋ_{indices[k]}.
 * VJP, the scatter-add Gᵀ·ȳ: x̄_{indices[k]} += ȳ_k, so a repeated index collects the adjoint of
 * every place it was picked. The indices are checked by the shape rule, when the graph is built.
 */
public final class Gather extends Rearrangement {

    private final int[] indices;

    public Gather(int... indices) {
        this.indices = indices.clone();
    }

    /** A copy of the indices, one per element or row of the output. */
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public String name() {
        return "gather";
    }

    @Override
    public String describe() {
        return "gather" + Arrays.toString(indices);
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
        if (indices.length == 0) {
            throw new ShapeException(name(), "needs at least one index");
        }
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= x.rows()) {
                throw new ShapeException(name(), "index " + indices[k] + " (position " + k + ") is outside "
                        + ShapeRules.withItsParts(x));
            }
        }
        return ShapeRules.withParts(x, indices.length);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        pick(operands[0], layout.offset(0), out);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        pick(tangents[0], layout.offset(0), tangentOut);
    }

    @Override
    public int[][] elementSources(Shape[] operands, int size) {
        int part = size / indices.length;
        int[][] sources = new int[2][size];
        for (int k = 0; k < size; k++) {
            sources[1][k] = indices[k / part] * part + k % part;
        }
        return sources;
    }

    private void pick(double[] x, int offset, double[] y) {
        int part = y.length / indices.length;
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(x, offset + indices[k] * part, y, k * part, part);
        }
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        int part = adjointOut.length / indices.length;
        for (int k = 0; k < indices.length; k++) {
            addBlock(adjointOut, k * part, xBar, layout.offset(0) + indices[k] * part, part);
        }
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return out.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gather other && Arrays.equals(indices, other.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices);
    }
}
