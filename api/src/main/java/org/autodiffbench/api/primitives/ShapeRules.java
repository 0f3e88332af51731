package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/** Checks shared by the shape rules of several primitives. */
final class ShapeRules {

    private ShapeRules() {
    }

    static void requireArity(String primitive, Shape[] operands, int arity) {
        if (operands.length != arity) {
            throw new ShapeException(primitive, "takes " + arity + " operand(s), got " + operands.length);
        }
    }

    /** Equal shapes, or a scalar broadcast against the other operand. */
    static Shape broadcast(String primitive, Shape a, Shape b) {
        if (a.equals(b) || b.isScalar()) {
            return a;
        }
        if (a.isScalar()) {
            return b;
        }
        throw new ShapeException(primitive, "second operand " + b + " does not fit first operand " + a
                + " (needs " + a + " or a scalar)");
    }

    /** Slice and gather pick the elements of a vector or the rows of a matrix: its parts. */
    static void requirePartsToPick(String primitive, Shape x) {
        if (x.isScalar()) {
            throw new ShapeException(primitive, "picks elements of a vector or rows of a matrix, was scalar;"
                    + " reshape it to vector[1] first");
        }
    }

    /** What the parts of x are called in messages: "rows" or "elements". */
    static String partNoun(Shape x) {
        return x.isMatrix() ? "rows" : "elements";
    }

    /** The parts x has, for messages, e.g. "matrix[3×2] (rows 0..2)". */
    static String withItsParts(Shape x) {
        return x + " (" + partNoun(x) + " 0.." + (x.rows() - 1) + ")";
    }

    /** The elements in one part of x: a matrix row's columns, or 1 for a vector. */
    static int partSize(Shape x) {
        return x.isMatrix() ? x.cols() : 1;
    }

    /** x with {@code parts} parts: a vector of that length or a matrix of that many rows. */
    static Shape withParts(Shape x, int parts) {
        return x.isMatrix() ? Shape.matrix(parts, x.cols()) : Shape.vector(parts);
    }
}
