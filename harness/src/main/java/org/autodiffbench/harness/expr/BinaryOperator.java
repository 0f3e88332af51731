package org.autodiffbench.harness.expr;

/** The infix operators of a formula. */
enum BinaryOperator {
    ADD,
    SUBTRACT,
    MULTIPLY,
    DIVIDE,
    POWER
}
