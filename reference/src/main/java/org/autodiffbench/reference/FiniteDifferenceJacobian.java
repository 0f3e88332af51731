package org.autodiffbench.reference;

/**
 * The m × n Jacobian of f: Rⁿ → Rᵐ by columns, each from the fourth-order central difference
 * ∂f/∂xⱼ ≈ (f(x − 2h·eⱼ) − 8 f(x − h·eⱼ) + 8 f(x + h·eⱼ) − f(x + 2h·eⱼ)) / 12h, the five-point
 * stencil of Fornberg (Generation of finite difference formulas on arbitrarily spaced grids,
 * Mathematics of Computation 51 (1988)). Its truncation error is O(h⁴) and its rounding error
 * about ε·|f|/h; a column costs four evaluations of f.
 */
public final class FiniteDifferenceJacobian {

    private static final double RELATIVE_STEP = 1e-3;

    private FiniteDifferenceJacobian() {
    }

    /**
     * h = 10⁻³·max(1, |xⱼ|), near ε^(1/5) ≈ 7e-4, the step that balances a fourth-order
     * truncation error (∝ h⁴) against rounding (∝ ε/h); on the conformance kit's small, smooth
     * graphs the whole error is 1.2e-10 at worst.
     */
    public static double step(double xj) {
        return RELATIVE_STEP * Math.max(1.0, Math.abs(xj));
    }

    /** Column j, ∂f/∂xⱼ at x: one entry per output of f. */
    public static double[] column(VectorFunction f, double[] x, int j) {
        double h = step(x[j]);
        double[] minus2 = f.apply(shifted(x, j, x[j] - 2 * h));
        double[] minus1 = f.apply(shifted(x, j, x[j] - h));
        double[] plus1 = f.apply(shifted(x, j, x[j] + h));
        double[] plus2 = f.apply(shifted(x, j, x[j] + 2 * h));
        double[] column = new double[plus1.length];
        for (int i = 0; i < column.length; i++) {
            column[i] = (minus2[i] - 8 * minus1[i] + 8 * plus1[i] - plus2[i]) / (12 * h);
        }
        return column;
    }

    /** J at x, row-major: {@code J[i*n + j] ≈ ∂fᵢ/∂xⱼ}, with m the length of f's value. */
    public static double[] of(VectorFunction f, double[] x) {
        int n = x.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            columns[j] = column(f, x, j);
        }
        int m = n == 0 ? 0 : columns[0].length;
        double[] jacobian = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                jacobian[i * n + j] = columns[j][i];
            }
        }
        return jacobian;
    }

    private static double[] shifted(double[] x, int j, double xj) {
        double[] point = x.clone();
        point[j] = xj;
        return point;
    }
}
