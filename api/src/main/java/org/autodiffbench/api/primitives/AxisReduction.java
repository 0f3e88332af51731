package org.autodiffbench.api.primitives;

import java.util.Objects;
import org.autodiffbench.api.graph.Shape;

/**
 * A reduction of one operand along an {@link Axis}: output element g combines the elements of
 * group g (every element, a row or a column). Every operand shape is accepted. A subclass gives
 * the value, JVP and VJP of one group; this class applies them to every group. A group is
 * {@code length} elements of an array, {@code step} apart from index {@code first}.
 */
public abstract class AxisReduction implements Primitive {

    private final Axis axis;

    protected AxisReduction(Axis axis) {
        this.axis = Objects.requireNonNull(axis, "axis");
    }

    public final Axis axis() {
        return axis;
    }

    /** The reduction of one group. */
    protected abstract double reduce(double[] x, int first, int length, int step);

    /** ẏ of one group with value y, from the operand x and its tangent ẋ, laid out alike. */
    protected abstract double jvp(double[] x, double y, double[] xDot, int first, int length, int step);

    /** Adds J_gᵀ·ȳ to x̄ for one group with value y, from the operand x, laid out alike. */
    protected abstract void vjp(double[] x, double y, double yBar, double[] xBar, int first, int length, int step);

    @Override
    public final int arity() {
        return 1;
    }

    @Override
    public final Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        return axis.reduce(operands[0]);
    }

    @Override
    public String describe() {
        return name() + "[" + axis.label() + "]";
    }

    @Override
    public final void primal(double[][] operands, OperandLayout layout, double[] out) {
        int groups = out.length;
        int length = layout.size(0) / groups;
        int groupStep = axis.groupStep(length);
        int step = axis.elementStep(groups);
        for (int g = 0; g < groups; g++) {
            out[g] = reduce(operands[0], layout.offset(0) + g * groupStep, length, step);
        }
    }

    @Override
    public final void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                          double[] tangentOut) {
        int groups = out.length;
        int length = layout.size(0) / groups;
        int groupStep = axis.groupStep(length);
        int step = axis.elementStep(groups);
        for (int g = 0; g < groups; g++) {
            tangentOut[g] = jvp(operands[0], out[g], tangents[0], layout.offset(0) + g * groupStep, length, step);
        }
    }

    @Override
    public final void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints) {
        if (adjoints[0] == null) {
            return;
        }
        int groups = out.length;
        int length = layout.size(0) / groups;
        int groupStep = axis.groupStep(length);
        int step = axis.elementStep(groups);
        for (int g = 0; g < groups; g++) {
            vjp(operands[0], out[g], adjointOut[g], adjoints[0], layout.offset(0) + g * groupStep, length, step);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((AxisReduction) o).axis == axis;
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + axis.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
