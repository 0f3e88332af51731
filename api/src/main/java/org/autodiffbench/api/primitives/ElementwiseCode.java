package org.autodiffbench.api.primitives;

/**
 * An elementwise primitive's formulas as Java expressions, for a compiler that emits code instead
 * of calling kernels. Each form restates the primitive's numeric rule with the same operations in
 * the same order, so compiled and interpreted results agree to the last bit.
 *
 * <p>Operands and the result are given as expressions that are safe to use anywhere in an
 * expression (a name, an array element or a parenthesised literal).
 */
public interface ElementwiseCode {

    /** The value y = f(operands). */
    String value(String... operands);

    /**
     * ∂y/∂operand at the operands, given the result y; exactly {@code "1.0"}, {@code "-1.0"} or
     * {@code "0.0"} when the partial is that constant, so a compiler can simplify it away.
     */
    String partial(int operand, String[] operands, String result);

    /**
     * When operand i's partial is exactly 1 where a condition holds and 0 elsewhere, a choice as
     * {@code select} makes: the condition, a Java boolean expression of the operands; empty for any
     * other partial. A compiler writes such a term as {@code condition ? tangent : 0.0} rather than a
     * product, so that a non-finite tangent or adjoint of the branch not taken stays out, as the
     * primitive's numeric rules leave it out.
     */
    default java.util.Optional<String> choice(int operand, String[] operands) {
        return java.util.Optional.empty();
    }

    /**
     * A statement that sets y[yOffset + k] = f(x[xOffset + k]) for k in [0, n) with the bulk kernel
     * the primitive's primal runs on a whole operand, or empty when it runs {@link #value} per
     * element. Emitted code that calls it computes the interpreter's values to the bit.
     */
    default java.util.Optional<String> bulkValue(String x, String xOffset, String y, String yOffset, int n) {
        return java.util.Optional.empty();
    }

    /** A bulk kernel call over n elements: a statement of the value array x and y and their offsets. */
    @FunctionalInterface
    interface BulkForm {
        String of(String x, String xOffset, String y, String yOffset, int n);
    }

    /** A partial of a binary function: an expression of a, b and y = f(a, b). */
    @FunctionalInterface
    interface PartialForm {
        String of(String a, String b, String y);
    }

    /** A function of one operand x: its value, and its derivative from x and y. */
    static ElementwiseCode unary(java.util.function.UnaryOperator<String> value,
                                 java.util.function.BinaryOperator<String> derivative) {
        return new ElementwiseCode() {
            @Override
            public String value(String... operands) {
                return value.apply(operands[0]);
            }

            @Override
            public String partial(int operand, String[] operands, String result) {
                return derivative.apply(operands[0], result);
            }
        };
    }

    /** A function of one operand x with a bulk kernel for whole operands: its value, derivative and kernel call. */
    static ElementwiseCode unary(java.util.function.UnaryOperator<String> value,
                                 java.util.function.BinaryOperator<String> derivative, BulkForm bulk) {
        ElementwiseCode elementwise = unary(value, derivative);
        return new ElementwiseCode() {
            @Override
            public String value(String... operands) {
                return elementwise.value(operands);
            }

            @Override
            public String partial(int operand, String[] operands, String result) {
                return elementwise.partial(operand, operands, result);
            }

            @Override
            public java.util.Optional<String> bulkValue(String x, String xOffset, String y, String yOffset, int n) {
                return java.util.Optional.of(bulk.of(x, xOffset, y, yOffset, n));
            }
        };
    }

    /** A function of two operands a and b: its value and its two partials. */
    static ElementwiseCode binary(java.util.function.BinaryOperator<String> value, PartialForm partialA,
                                  PartialForm partialB) {
        return new ElementwiseCode() {
            @Override
            public String value(String... operands) {
                return value.apply(operands[0], operands[1]);
            }

            @Override
            public String partial(int operand, String[] operands, String result) {
                PartialForm form = operand == 0 ? partialA : partialB;
                return form.of(operands[0], operands[1], result);
            }
        };
    }

    /** A double as an exact Java literal, parenthesised when negative so that it is safe in any expression. */
    static String literal(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        String text = Double.toString(value);
        return value < 0 || (value == 0.0 && 1.0 / value < 0) ? "(" + text + ")" : text;
    }
}
