package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * Which elements a reduction combines into one output element. A vector[n] is a column, n × 1,
 * and a scalar is 1 × 1 with no dimension left to drop:
 *
 * <pre>
 *              scalar    vector[n]    matrix[r×c]
 * ALL          scalar    scalar       scalar
 * PER_ROW      scalar    vector[n]    vector[r]
 * PER_COLUMN   scalar    scalar       vector[c]
 * </pre>
 *
 * So the per-row reduction of a vector reduces each element alone, and its per-column reduction
 * reduces every element, like {@link #ALL}.
 */
public enum Axis {

    /** Every element into one scalar. */
    ALL("all"),
    /** Each row of a matrix into one element of a vector of its rows. */
    PER_ROW("per_row"),
    /** Each column of a matrix into one element of a vector of its columns. */
    PER_COLUMN("per_column");

    private final String label;

    Axis(String label) {
        this.label = label;
    }

    /** The label in a primitive's description, e.g. {@code max[per_row]}. */
    public String label() {
        return label;
    }

    /** The shape of the reduction of a value of shape {@code x} along this axis. */
    public Shape reduce(Shape x) {
        return switch (this) {
            case ALL -> Shape.scalar();
            case PER_ROW -> x.isMatrix() ? Shape.vector(x.rows()) : x;
            case PER_COLUMN -> x.isMatrix() ? Shape.vector(x.cols()) : Shape.scalar();
        };
    }

    /**
     * How far apart the first elements of neighbouring groups of {@code length} elements lie in a
     * row-major array: a row starts where the previous row ends, a column next to the previous one.
     */
    int groupStep(int length) {
        return this == PER_COLUMN ? 1 : length;
    }

    /** How far apart neighbouring elements of one group lie: a column strides over whole rows. */
    int elementStep(int groups) {
        return this == PER_COLUMN ? groups : 1;
    }
}
