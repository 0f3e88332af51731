package org.autodiffbench.api.primitives;

import java.util.Optional;
import org.autodiffbench.api.adjoint.AdjointMap;
import org.autodiffbench.api.adjoint.AdjointMatrix;
import org.autodiffbench.api.graph.Shape;

/**
 * A function applied element by element, y = f(x). A subclass gives f, its derivative and their
 * costs; the kernels and rules here apply them to every element.
 */
public abstract class ElementwiseUnary implements Primitive {

    /** f(x). */
    protected abstract double apply(double x);

    /**
     * y[k] = f(x[xOff + k]) for every k of y, the primal of the whole operand: one {@link #apply}
     * per element, unless a subclass has a bulk kernel.
     */
    protected void applyAll(double[] x, int xOff, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = apply(x[xOff + i]);
        }
    }

    /** f'(x), given x and y = f(x), whichever is cheaper to use. */
    protected abstract double derivative(double x, double y);

    /** Flops of one f(x); an elementary function call counts as one. */
    protected int applyCost() {
        return 1;
    }

    /** Flops of one f'(x, y). */
    protected abstract int derivativeCost();

    @Override
    public final int arity() {
        return 1;
    }

    @Override
    public final Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        return operands[0];
    }

    @Override
    public final void primal(double[][] operands, OperandLayout layout, double[] out) {
        applyAll(operands[0], layout.offset(0), out);
    }

    @Override
    public final void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                          double[] tangentOut) {
        double[] x = operands[0];
        double[] dx = tangents[0];
        int o = layout.offset(0);
        for (int i = 0; i < out.length; i++) {
            tangentOut[i] = derivative(x[o + i], out[i]) * dx[o + i];
        }
    }

    @Override
    public final void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints) {
        double[] x = operands[0];
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        int o = layout.offset(0);
        for (int i = 0; i < out.length; i++) {
            xBar[o + i] += derivative(x[o + i], out[i]) * adjointOut[i];
        }
    }

    /** Ā_x = Ā_y·diag(f'(x)): the form of Ā_y is kept. */
    @Override
    public final Optional<AdjointMap> adjointMap(int operand, Shape[] operands, Shape out) {
        return Optional.of(AdjointMap.SCALES_COLUMNS);
    }

    @Override
    public final long matrixVjp(double[][] operands, OperandLayout layout, double[] out, AdjointMatrix adjointOut,
                                AdjointMatrix[] adjoints, double[] scratch) {
        if (adjoints[0] == null) {
            return 0;
        }
        double[] x = operands[0];
        int o = layout.offset(0);
        for (int i = 0; i < out.length; i++) {
            scratch[i] = derivative(x[o + i], out[i]);
        }
        return (long) derivativeCost() * out.length + adjoints[0].addScaledColumns(adjointOut, scratch, 0);
    }

    @Override
    public final long primalFlops(Shape[] operands, Shape out) {
        return (long) applyCost() * out.size();
    }

    @Override
    public final long jvpFlops(Shape[] operands, Shape out, int i) {
        return (long) (derivativeCost() + 1) * out.size();
    }

    @Override
    public final long vjpFlops(Shape[] operands, Shape out, int i) {
        return (long) (derivativeCost() + 2) * out.size();
    }

    @Override
    public String toString() {
        return describe();
    }
}
