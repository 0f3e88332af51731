package org.autodiffbench.api.primitives;

import org.autodiffbench.api.adjoint.AdjointMap;
import org.autodiffbench.api.adjoint.AdjointMatrix;
import org.autodiffbench.api.graph.Shape;

/**
 * One differentiable operation: its shape rule, primal kernel, JVP rule, VJP rule and work
 * counts, side by side. Engines only decide in which order these are called and what they keep.
 *
 * <p>Kernels work on dense arrays and never allocate. Operand i (and its tangent and adjoint)
 * starts at {@code layout.offset(i)} of its array and has {@code layout.size(i)} entries; the
 * output, its tangent and its adjoint are whole arrays of the output's size. Implementations
 * are immutable; parameters such as a constant exponent are fields of the instance.
 *
 * <p>Work is counted in flops: each arithmetic operation, each addition of an accumulation and
 * each comparison is one; moving or copying a value is none.
 */
public interface Primitive {

    /** The primitive's name as it appears in error messages and traces, e.g. {@code "mul"}. */
    String name();

    /** The name with its parameters, e.g. {@code "pow[3.0]"}; the name when there are none. */
    default String describe() {
        return name();
    }

    /** The number of operands. */
    int arity();

    /**
     * The shape rule: the output shape for these operand shapes.
     *
     * @throws ShapeException naming this primitive when the shapes do not fit
     */
    Shape shape(Shape... operands);

    /** The primal kernel: writes the value into {@code out}. */
    void primal(double[][] operands, OperandLayout layout, double[] out);

    /**
     * The JVP rule: writes {@code tangentOut = Σ_i J_i · tangents[i]}, where {@code J_i} is the
     * Jacobian with respect to operand i at the point {@code operands} (with value {@code out}).
     * A {@code null} tangent is zero; at least one tangent is non-null.
     */
    void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents, double[] tangentOut);

    /**
     * The VJP rule: for each non-null {@code adjoints[i]}, accumulates
     * {@code adjoints[i] += J_iᵀ · adjointOut}. Accumulation with {@code +=} is what lets a
     * reverse sweep handle fan-out.
     */
    void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut, double[][] adjoints);

    /**
     * The VJP rule for a sweep that has not zeroed every adjoint: operands marked in
     * {@code assign} receive their first contribution of the sweep and are overwritten,
     * {@code adjoints[i] = J_iᵀ · adjointOut}; the others accumulate as in {@link #vjp}.
     * Sparing the sweep a zero-fill and a read of each adjoint matters for large operands
     * such as a weight matrix. The default zeroes the marked operands, then accumulates.
     */
    default void vjpAssign(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                           double[][] adjoints, boolean[] assign) {
        for (int i = 0; i < adjoints.length; i++) {
            if (assign[i] && adjoints[i] != null) {
                java.util.Arrays.fill(adjoints[i], layout.offset(i), layout.offset(i) + layout.size(i), 0.0);
            }
        }
        vjp(operands, layout, out, adjointOut, adjoints);
    }

    /** The primal kernel on whole arrays (a convenience for traces and tests; it allocates). */
    default void primal(double[][] operands, double[] out) {
        primal(operands, OperandLayout.whole(operands), out);
    }

    /** The JVP rule on whole arrays (a convenience for traces and tests; it allocates). */
    default void jvp(double[][] operands, double[] out, double[][] tangents, double[] tangentOut) {
        jvp(operands, OperandLayout.whole(operands), out, tangents, tangentOut);
    }

    /** The VJP rule on whole arrays (a convenience for traces and tests; it allocates). */
    default void vjp(double[][] operands, double[] out, double[] adjointOut, double[][] adjoints) {
        vjp(operands, OperandLayout.whole(operands), out, adjointOut, adjoints);
    }

    /**
     * The primitive's formulas as Java expressions, for an elementwise primitive whose value and
     * partials are functions of one element of each operand; empty (the default) for every other
     * primitive, which a compiler runs through its kernels.
     */
    default java.util.Optional<ElementwiseCode> elementwiseCode() {
        return java.util.Optional.empty();
    }

    /**
     * How the matrix-adjoint rule forms operand i's adjoint matrix from the output's, in a sweep
     * that carries the adjoints of every output at once and so builds a Jacobian in one pass; empty
     * (the default) when the primitive has no such rule, and a Jacobian is built by rows.
     */
    default java.util.Optional<AdjointMap> adjointMap(int operand, Shape[] operands, Shape out) {
        return java.util.Optional.empty();
    }

    /**
     * The matrix-adjoint rule, the VJP rule for every output at once: for each non-null
     * {@code adjoints[i]}, accumulates {@code adjoints[i] += adjointOut·J_i}, with J_i the Jacobian
     * with respect to operand i, as {@link #adjointMap} says. {@code scratch} holds at least as
     * many entries as the output.
     *
     * @return the flops spent
     */
    default long matrixVjp(double[][] operands, OperandLayout layout, double[] out, AdjointMatrix adjointOut,
                           AdjointMatrix[] adjoints, double[] scratch) {
        throw new UnsupportedOperationException("matrix-adjoint rule for '" + name() + "' not implemented; "
                + "build the Jacobian by rows");
    }

    /** What the VJP rule reads, so a reverse engine knows what it must store. */
    Residuals residuals();

    /**
     * Does the VJP rule read operand {@code i}'s value? By default what {@link #residuals()} says
     * of every operand; a rule that reads only some operands, like select its condition, narrows it.
     */
    default boolean vjpReadsOperand(int i) {
        return residuals().readsOperands();
    }

    /** Floating-point operations of one primal evaluation. */
    long primalFlops(Shape[] operands, Shape out);

    /** Floating-point operations the JVP rule spends on operand {@code i}'s tangent. */
    long jvpFlops(Shape[] operands, Shape out, int i);

    /** Floating-point operations the VJP rule spends on operand {@code i}'s adjoint. */
    long vjpFlops(Shape[] operands, Shape out, int i);
}
