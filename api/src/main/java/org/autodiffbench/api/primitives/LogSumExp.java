package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * y_g = ln Σ_{k∈g} exp(x_k) along an axis, computed stably as y_g = m + ln(1 + Σ_{k≠k*} exp(x_k − m))
 * with m = x_{k*} the group's maximum: no exponential overflows, the largest term is exactly 1, and
 * log1p keeps the small rest exact when one element dominates. A group whose maximum is ±∞ has
 * y_g = m. JVP: ẏ_g = Σ_{k∈g} w_k·ẋ_k. VJP: x̄_k += w_k·ȳ_g, with the softmax weights
 * w_k = exp(x_k − y_g), read from the operand and the output.
 */
public final class LogSumExp extends AxisReduction {

    public LogSumExp(Axis axis) {
        super(axis);
    }

    @Override
    public String name() {
        return "logsumexp";
    }

    @Override
    protected double reduce(double[] x, int first, int length, int step) {
        int largest = Max.argMax(x, first, length, step);
        double m = x[largest];
        if (Double.isInfinite(m)) {
            return m;
        }
        double rest = 0.0;
        for (int k = 0; k < length; k++) {
            int i = first + k * step;
            if (i != largest) {
                rest += Math.exp(x[i] - m);
            }
        }
        return m + Math.log1p(rest);
    }

    @Override
    protected double jvp(double[] x, double y, double[] xDot, int first, int length, int step) {
        double t = 0.0;
        for (int k = 0; k < length; k++) {
            int i = first + k * step;
            t += Math.exp(x[i] - y) * xDot[i];
        }
        return t;
    }

    @Override
    protected void vjp(double[] x, double y, double yBar, double[] xBar, int first, int length, int step) {
        for (int k = 0; k < length; k++) {
            int i = first + k * step;
            xBar[i] += Math.exp(x[i] - y) * yBar;
        }
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS_AND_OUTPUT;
    }

    /** Per element a comparison, a subtraction, an exponential and an addition; per group log1p and an addition. */
    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return 4L * operands[0].size() + 2L * out.size();
    }

    /** Per element a subtraction, an exponential, a multiplication and an addition. */
    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return 4L * operands[0].size();
    }

    /** Per element a subtraction, an exponential, a multiplication and an addition. */
    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return 4L * operands[0].size();
    }
}
