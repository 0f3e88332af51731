package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.kernels.DenseKernels;

/** y = a·b for two vectors of one length. JVP: ẏ = ȧ·b + a·ḃ. VJP: ā += ȳ·b, b̄ += ȳ·a. */
public final class Dot implements Primitive {

    @Override
    public String name() {
        return "dot";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 2);
        if (!operands[0].isVector() || !operands[0].equals(operands[1])) {
            throw new ShapeException(name(), "needs two vectors of one length, got " + operands[0]
                    + " and " + operands[1]);
        }
        return Shape.scalar();
    }

    @Override
    public void primal(double[][] operands, double[] out) {
        double[] a = operands[0];
        out[0] = DenseKernels.dot(a, 0, operands[1], a.length);
    }

    @Override
    public void jvp(double[][] operands, double[] out, double[][] tangents, double[] tangentOut) {
        double[] a = operands[0];
        double[] b = operands[1];
        double t = 0.0;
        if (tangents[0] != null) {
            t += DenseKernels.dot(tangents[0], 0, b, b.length);
        }
        if (tangents[1] != null) {
            t += DenseKernels.dot(a, 0, tangents[1], a.length);
        }
        tangentOut[0] = t;
    }

    @Override
    public void vjp(double[][] operands, double[] out, double[] adjointOut, double[][] adjoints) {
        double[] a = operands[0];
        double[] b = operands[1];
        double yBar = adjointOut[0];
        if (adjoints[0] != null) {
            double[] aBar = adjoints[0];
            for (int i = 0; i < aBar.length; i++) {
                aBar[i] += yBar * b[i];
            }
        }
        if (adjoints[1] != null) {
            double[] bBar = adjoints[1];
            for (int i = 0; i < bBar.length; i++) {
                bBar[i] += yBar * a[i];
            }
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return 2L * operands[0].size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return 2L * operands[0].size();
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return 2L * operands[0].size();
    }

    @Override
    public String toString() {
        return name();
    }
}
