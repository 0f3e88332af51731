package org.autodiffbench.reference;

/**
 * The directional derivative by a second-order central difference,
 * J·v ≈ (f(x + h·v) − f(x − h·v)) / 2h, whose error is O(h²) from truncation plus about
 * ε·|f|/h from rounding.
 *
 * <p>The step is taken along v/‖v‖₂, so the point moves by {@link #step(double[]) h} whatever
 * the length of v, and the quotient is scaled back by ‖v‖₂.
 */
public final class CentralDifference {

    private static final double CUBE_ROOT_OF_EPSILON = Math.cbrt(Math.ulp(1.0));

    private CentralDifference() {
    }

    /**
     * h = ε^(1/3)·max(1, ‖x‖∞), ε = 2⁻⁵²: the step that balances the truncation error (∝ h²)
     * against rounding (∝ ε/h), leaving about ε^(2/3) ≈ 4e-11 relative error for a well-scaled
     * function (Nocedal and Wright, Numerical Optimization, 2nd ed., Springer 2006, Section 8.1).
     */
    public static double step(double[] x) {
        double largest = 1.0;
        for (double xj : x) {
            largest = Math.max(largest, Math.abs(xj));
        }
        return CUBE_ROOT_OF_EPSILON * largest;
    }

    /** J·v at x, one entry per output of f, from two evaluations of f. */
    public static double[] directionalDerivative(VectorFunction f, double[] x, double[] v) {
        return quotient(f, x, v, step(x));
    }

    /**
     * (f(x + h·u) − f(x − h·u)) / 2h · ‖v‖₂ with u = v/‖v‖₂: the difference quotient at the step
     * h along the unit direction, scaled back to v (zero for a zero v).
     */
    public static double[] quotient(VectorFunction f, double[] x, double[] v, double h) {
        if (v.length != x.length) {
            throw new IllegalArgumentException("direction has " + v.length + " entries but the point has " + x.length);
        }
        double length = 0.0;
        for (double vj : v) {
            length += vj * vj;
        }
        length = Math.sqrt(length);
        double t = h / (length > 0 ? length : 1.0);
        double[] plus = new double[x.length];
        double[] minus = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            plus[j] = x[j] + t * v[j];
            minus[j] = x[j] - t * v[j];
        }
        double[] fPlus = f.apply(plus);
        double[] fMinus = f.apply(minus);
        double[] derivative = new double[fPlus.length];
        for (int i = 0; i < derivative.length; i++) {
            derivative[i] = (fPlus[i] - fMinus[i]) / (2 * t);
        }
        return derivative;
    }
}
