package org.autodiffbench.api.primitives;

import java.util.Arrays;
import java.util.Optional;
import org.autodiffbench.api.graph.Shape;

/** A fixed value with no operands; its derivative rules are never called, as it varies with nothing. */
public final class Constant implements Primitive {

    private final Shape shape;
    private final double[] value;

    public Constant(Shape shape, double... value) {
        if (value.length != shape.size()) {
            throw new ShapeException("const", "needs " + shape.size() + " values for " + shape + ", got " + value.length);
        }
        this.shape = shape;
        this.value = value.clone();
    }

    /** A copy of the constant's value. */
    public double[] value() {
        return value.clone();
    }

    @Override
    public String name() {
        return "const";
    }

    @Override
    public String describe() {
        return value.length == 1 ? "const[" + value[0] + "]" : "const[" + shape + "]";
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 0);
        return shape;
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        System.arraycopy(value, 0, out, 0, value.length);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        throw new IllegalStateException("const has no operands to differentiate: JVP rule must not be called");
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        // A constant has no operands, so no adjoint flows anywhere.
    }

    /** A scalar constant is its exact literal; a larger one is stored, not written out. */
    @Override
    public Optional<ElementwiseCode> elementwiseCode() {
        if (value.length != 1) {
            return Optional.empty();
        }
        String literal = ElementwiseCode.literal(value[0]);
        return Optional.of(new ElementwiseCode() {
            @Override
            public String value(String... operands) {
                return literal;
            }

            @Override
            public String partial(int operand, String[] operands, String result) {
                throw new IllegalArgumentException("const has no operands to differentiate");
            }
        });
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return 0;
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
        return o instanceof Constant other && shape.equals(other.shape) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return describe();
    }
}
