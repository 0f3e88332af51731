package org.autodiffbench.harness.expr;

/** The syntax tree of a parsed formula. Parentheses leave no trace in it. */
sealed interface Expression {

    /** A number written in the formula; a minus sign directly before it is folded in. */
    record Literal(double value) implements Expression {
    }

    /** A variable, which becomes a scalar differentiable input. */
    record Variable(String name) implements Expression {
    }

    /** Unary minus. */
    record Negation(Expression operand) implements Expression {
    }

    /** A function applied to one argument. */
    record Call(MathFunction function, Expression argument) implements Expression {
    }

    /** An infix operator applied to two operands. */
    record Binary(BinaryOperator operator, Expression left, Expression right) implements Expression {

        /** True for x^c with a number c: such a power has a constant exponent, not a second operand. */
        boolean hasConstantExponent() {
            return operator == BinaryOperator.POWER && right instanceof Literal;
        }
    }
}
