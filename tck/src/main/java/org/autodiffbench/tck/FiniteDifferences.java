package org.autodiffbench.tck;

import org.autodiffbench.api.graph.Graph;

/**
 * Jacobians by fourth-order central differences of the {@link ReferenceInterpreter}:
 * f'(x) ≈ (f(x − 2h) − 8 f(x − h) + 8 f(x + h) − f(x + 2h)) / 12h with h = 10⁻³·max(1, |xⱼ|).
 * The truncation error is O(h⁴) and the rounding error about ε·|f|/h, both far below the
 * kit's finite-difference tolerance on its small, smooth graphs.
 */
public final class FiniteDifferences {

    private static final double RELATIVE_STEP = 1e-3;

    private FiniteDifferences() {
    }

    /** The m × n Jacobian at x, row-major: {@code J[i*n + j] ≈ ∂yᵢ/∂xⱼ}. */
    public static double[] jacobian(Graph graph, double[] x) {
        int n = graph.parameterCount();
        int m = graph.outputSize();
        double[] jacobian = new double[m * n];
        double[] shifted = x.clone();
        for (int j = 0; j < n; j++) {
            double h = RELATIVE_STEP * Math.max(1.0, Math.abs(x[j]));
            double[] minus2 = at(graph, shifted, j, x[j] - 2 * h);
            double[] minus1 = at(graph, shifted, j, x[j] - h);
            double[] plus1 = at(graph, shifted, j, x[j] + h);
            double[] plus2 = at(graph, shifted, j, x[j] + 2 * h);
            shifted[j] = x[j];
            for (int i = 0; i < m; i++) {
                jacobian[i * n + j] = (minus2[i] - 8 * minus1[i] + 8 * plus1[i] - plus2[i]) / (12 * h);
            }
        }
        return jacobian;
    }

    private static double[] at(Graph graph, double[] point, int j, double value) {
        point[j] = value;
        return ReferenceInterpreter.evaluate(graph, point);
    }
}
