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
}
