package org.autodiffbench.models.dag;

/**
 * The steps a random DAG is made of. Each is one primitive or a short composition of
 * primitives that cannot leave its domain: logarithms only see 1 + a², divisions only divide by
 * 1 + b². {@link #bound} says how large the result can be, given bounds on the operands, so the
 * generator can keep every value small and every derivative moderate.
 */
enum DagOperation {
    SIN(1, 1),
    COS(1, 1),
    TANH(1, 1),
    SIGMOID(1, 1),
    SQUARE(1, 1),
    /** exp(tanh(a)), in [1/e, e]. */
    EXP_OF_TANH(1, 2),
    /** ln(1 + a²), built as log(add(1, square(a))). */
    LOG_ONE_PLUS_SQUARE(1, 3),
    ADD(2, 1),
    SUB(2, 1),
    MUL(2, 1),
    /** a / (1 + b²), built as div(a, add(1, square(b))). */
    DIV_BY_ONE_PLUS_SQUARE(2, 3);

    private final int arity;
    private final int primitiveNodes;

    DagOperation(int arity, int primitiveNodes) {
        this.arity = arity;
        this.primitiveNodes = primitiveNodes;
    }

    /** The number of operands, one or two. */
    int arity() {
        return arity;
    }

    /** The primitive nodes the step adds, not counting the shared constant 1. */
    int primitiveNodes() {
        return primitiveNodes;
    }

    /** A bound on |result| when |a| ≤ boundA and |b| ≤ boundB. */
    double bound(double boundA, double boundB) {
        return switch (this) {
            case SIN, COS, TANH, SIGMOID -> 1.0;
            case SQUARE -> boundA * boundA;
            case EXP_OF_TANH -> Math.E;
            case LOG_ONE_PLUS_SQUARE -> Math.log1p(boundA * boundA);
            case ADD, SUB -> boundA + boundB;
            case MUL -> boundA * boundB;
            case DIV_BY_ONE_PLUS_SQUARE -> boundA;
        };
    }
}
