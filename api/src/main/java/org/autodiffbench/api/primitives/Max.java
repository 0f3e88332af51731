package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * The largest element along an axis, y_g = max_{k∈g} x_k. With k*(g) the first maximal element
 * of group g (in row-major order): JVP: ẏ_g = ẋ_{k*(g)}. VJP: x̄_{k*(g)} += ȳ_g.
 *
 * <p>Where several elements tie for the maximum, max is not differentiable; giving the whole
 * adjoint to the first of them is a subgradient, as PyTorch's {@code max} along a dimension does
 * (JAX shares it equally among the tied elements). Ties have measure zero for continuous inputs.
 * A group holding NaN has maximum NaN. The rules find k* again from the operand, which costs the
 * same comparisons as matching each element against the stored output.
 */
public final class Max extends AxisReduction {

    public Max(Axis axis) {
        super(axis);
    }

    @Override
    public String name() {
        return "max";
    }

    @Override
    protected double reduce(double[] x, int first, int length, int step) {
        return x[argMax(x, first, length, step)];
    }

    @Override
    protected double jvp(double[] x, double y, double[] xDot, int first, int length, int step) {
        return xDot[argMax(x, first, length, step)];
    }

    @Override
    protected void vjp(double[] x, double y, double yBar, double[] xBar, int first, int length, int step) {
        xBar[argMax(x, first, length, step)] += yBar;
    }

    /**
     * The index of the first largest of {@code length} elements from {@code first}, {@code step}
     * apart; the first NaN if there is one, so that NaN propagates as in {@link Math#max}.
     */
    static int argMax(double[] x, int first, int length, int step) {
        int best = first;
        for (int k = 1; k < length && x[best] == x[best]; k++) {
            int i = first + k * step;
            if (x[i] > x[best] || x[i] != x[i]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    /** One comparison per element. */
    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return operands[0].size();
    }

    /** The comparisons that find k*; the tangent is copied. */
    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size();
    }

    /** The comparisons that find k*, and one addition per output element. */
    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return operands[0].size() + out.size();
    }
}
