package org.autodiffbench.api.primitives;

import java.util.Optional;
import org.autodiffbench.api.adjoint.AdjointMap;
import org.autodiffbench.api.adjoint.AdjointMatrix;
import org.autodiffbench.api.graph.Shape;

/**
 * A function of two operands applied element by element, y = f(a, b), where either operand may
 * be a scalar broadcast against the other. A subclass gives f, its two partial derivatives and
 * their costs. The VJP of a broadcast scalar sums the contributions of every element.
 */
public abstract class ElementwiseBinary implements Primitive {

    /** f(a, b). */
    protected abstract double apply(double a, double b);

    /** ∂f/∂a at (a, b), given y = f(a, b). */
    protected abstract double partialA(double a, double b, double y);

    /** ∂f/∂b at (a, b), given y = f(a, b). */
    protected abstract double partialB(double a, double b, double y);

    /** Flops of one f(a, b). */
    protected int applyCost() {
        return 1;
    }

    /** Flops of one ∂f/∂a or ∂f/∂b. */
    protected abstract int partialCost();

    @Override
    public final int arity() {
        return 2;
    }

    @Override
    public final Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        return ShapeRules.broadcast(name(), operands[0], operands[1]);
    }

    @Override
    public final void primal(double[][] operands, OperandLayout layout, double[] out) {
        double[] a = operands[0];
        double[] b = operands[1];
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int sa = layout.stride(0);
        int sb = layout.stride(1);
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(a[oa + i * sa], b[ob + i * sb]);
        }
    }

    @Override
    public final void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                          double[] tangentOut) {
        double[] a = operands[0];
        double[] b = operands[1];
        double[] da = tangents[0];
        double[] db = tangents[1];
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int sa = layout.stride(0);
        int sb = layout.stride(1);
        for (int i = 0; i < out.length; i++) {
            int ia = oa + i * sa;
            int ib = ob + i * sb;
            double t = 0.0;
            if (da != null) {
                t += partialA(a[ia], b[ib], out[i]) * da[ia];
            }
            if (db != null) {
                t += partialB(a[ia], b[ib], out[i]) * db[ib];
            }
            tangentOut[i] = t;
        }
    }

    @Override
    public final void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints) {
        double[] a = operands[0];
        double[] b = operands[1];
        double[] aBar = adjoints[0];
        double[] bBar = adjoints[1];
        int oa = layout.offset(0);
        int ob = layout.offset(1);
        int sa = layout.stride(0);
        int sb = layout.stride(1);
        for (int i = 0; i < out.length; i++) {
            int ia = oa + i * sa;
            int ib = ob + i * sb;
            if (aBar != null) {
                aBar[ia] += partialA(a[ia], b[ib], out[i]) * adjointOut[i];
            }
            if (bBar != null) {
                bBar[ib] += partialB(a[ia], b[ib], out[i]) * adjointOut[i];
            }
        }
    }

    /**
     * Ā_a = Ā_y·diag(∂f/∂a), and alike for b. A broadcast scalar operand has no such rule: its
     * adjoint sums the columns.
     */
    @Override
    public final Optional<AdjointMap> adjointMap(int operand, Shape[] operands, Shape out) {
        return operands[operand].size() == out.size() ? Optional.of(AdjointMap.SCALES_COLUMNS) : Optional.empty();
    }

    @Override
    public final long matrixVjp(double[][] operands, OperandLayout layout, double[] out, AdjointMatrix adjointOut,
                                AdjointMatrix[] adjoints, double[] scratch) {
        long flops = 0;
        for (int operand = 0; operand < 2; operand++) {
            if (adjoints[operand] == null) {
                continue;
            }
            for (int i = 0; i < out.length; i++) {
                double ai = operands[0][layout.offset(0) + i * layout.stride(0)];
                double bi = operands[1][layout.offset(1) + i * layout.stride(1)];
                scratch[i] = operand == 0 ? partialA(ai, bi, out[i]) : partialB(ai, bi, out[i]);
            }
            flops += (long) partialCost() * out.length + adjoints[operand].addScaledColumns(adjointOut, scratch, 0);
        }
        return flops;
    }

    @Override
    public final long primalFlops(Shape[] operands, Shape out) {
        return (long) applyCost() * out.size();
    }

    @Override
    public final long jvpFlops(Shape[] operands, Shape out, int i) {
        return (long) (partialCost() + 2) * out.size();
    }

    @Override
    public final long vjpFlops(Shape[] operands, Shape out, int i) {
        return (long) (partialCost() + 2) * out.size();
    }

    @Override
    public String toString() {
        return describe();
    }
}
