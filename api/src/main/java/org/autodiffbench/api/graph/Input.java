package org.autodiffbench.api.graph;

import java.util.Arrays;

/**
 * A named, shaped input of a graph.
 *
 * <p>A {@link InputRole#DIFFERENTIABLE} input occupies {@code shape.size()} consecutive
 * entries of the flat point vector, starting at {@code offset}. A {@link InputRole#DATA}
 * input carries its fixed value and has offset -1.
 */
public record Input(String name, Shape shape, InputRole role, int nodeId, int offset, double[] data) {

    public Input {
        if (role == InputRole.DATA && (data == null || data.length != shape.size())) {
            throw new IllegalArgumentException("data input '" + name + "' needs " + shape.size() + " values");
        }
        data = data == null ? null : data.clone();
    }

    public boolean isDifferentiable() {
        return role == InputRole.DIFFERENTIABLE;
    }

    /** A copy of the fixed value of a data input. */
    @Override
    public double[] data() {
        return data == null ? null : data.clone();
    }

    /** Copies the fixed value of a data input into {@code target} without allocating. */
    public void copyDataInto(double[] target) {
        System.arraycopy(data, 0, target, 0, data.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input other && name.equals(other.name) && shape.equals(other.shape)
                && role == other.role && nodeId == other.nodeId && offset == other.offset
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + nodeId;
    }

    @Override
    public String toString() {
        return name + ":" + shape + (isDifferentiable() ? "" : " (data)");
    }
}
