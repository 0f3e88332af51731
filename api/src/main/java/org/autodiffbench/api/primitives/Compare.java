package org.autodiffbench.api.primitives;

import java.util.Arrays;
import java.util.Optional;
import org.autodiffbench.api.graph.Shape;

/**
 * An element-wise comparison as a number, y = (a ⋈ b) ? 1 : 0, where either operand may be a
 * scalar broadcast against the other; it makes the condition of a {@link Select}. y is piecewise
 * constant, so away from a tie its derivative is zero: the JVP writes ẏ = 0 and the VJP gives
 * the operands nothing. (Less-than is greater-than with the operands swapped.)
 */
public final class Compare implements Primitive {

    /** Which comparison, with its name in {@link #describe()}. */
    public enum Kind {
        GREATER("greater"),
        GREATER_OR_EQUAL("greater_or_equal"),
        EQUAL("equal");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The comparison as a Java operator. */
        String operator() {
            return switch (this) {
                case GREATER -> " > ";
                case GREATER_OR_EQUAL -> " >= ";
                case EQUAL -> " == ";
            };
        }

        boolean holds(double a, double b) {
            return switch (this) {
                case GREATER -> a > b;
                case GREATER_OR_EQUAL -> a >= b;
                case EQUAL -> a == b;
            };
        }
    }

    private final Kind kind;

    public Compare(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String describe() {
        return "compare[" + kind.label + "]";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        return ShapeRules.broadcast(name(), operands[0], operands[1]);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        double[] a = operands[0];
        double[] b = operands[1];
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int sa = layout.stride(0);
        int sb = layout.stride(1);
        for (int i = 0; i < out.length; i++) {
            out[i] = kind.holds(a[oa + i * sa], b[ob + i * sb]) ? 1.0 : 0.0;
        }
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        Arrays.fill(tangentOut, 0.0);
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        // The derivative is zero: nothing flows back to either operand.
    }

    /** The comparison as 1.0 or 0.0; both partials are the constant 0. */
    @Override
    public Optional<ElementwiseCode> elementwiseCode() {
        return Optional.of(ElementwiseCode.binary(
                (a, b) -> "(" + a + kind.operator() + b + " ? 1.0 : 0.0)",
                (a, b, y) -> "0.0",
                (a, b, y) -> "0.0"));
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return out.size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return 0;
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Compare other && kind == other.kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
