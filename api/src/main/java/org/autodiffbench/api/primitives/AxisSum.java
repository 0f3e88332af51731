package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * The sum of each row or each column, y_g = Σ_{k∈g} x_k. JVP: ẏ_g = Σ_{k∈g} ẋ_k.
 * VJP: x̄_k += ȳ_g for each k in g. The sum of every element is {@link Sum}.
 */
public final class AxisSum extends AxisReduction {

    public AxisSum(Axis axis) {
        super(axis);
        if (axis == Axis.ALL) {
            throw new IllegalArgumentException("axis_sum sums per row or per column; for the sum of every element use "
                    + "Primitives.SUM");
        }
    }

    @Override
    public String name() {
        return "axis_sum";
    }

    @Override
    protected double reduce(double[] x, int first, int length, int step) {
        double s = 0.0;
        for (int k = 0; k < length; k++) {
            s += x[first + k * step];
        }
        return s;
    }

    @Override
    protected double jvp(double[] x, double y, double[] xDot, int first, int length, int step) {
        return reduce(xDot, first, length, step);
    }

    @Override
    protected void vjp(double[] x, double y, double yBar, double[] xBar, int first, int length, int step) {
        for (int k = 0; k < length; k++) {
            xBar[first + k * step] += yBar;
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.NONE;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return operands[0].size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size();
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size();
    }
}
