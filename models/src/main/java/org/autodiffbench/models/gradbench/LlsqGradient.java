package org.autodiffbench.models.gradbench;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * The {@code gb-llsq} objective and its gradient ∂y/∂x_j = −Σ_i r_i t_i^j, with residuals
 * r_i = s_i − Σ_j x_j t_i^j. The powers are made on the fly, as in the eval's reference, so the
 * hand derivative holds only t, s and r; calls allocate nothing. Not thread-safe.
 */
final class LlsqGradient implements HandDerivative {

    private final int m;
    private final double[] t;
    private final double[] s;
    private final double[] residuals;

    LlsqGradient(int n, int m) {
        LlsqFamily.requireDimensions(n, m);
        this.m = m;
        this.t = new double[n];
        this.s = new double[n];
        this.residuals = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = LlsqFamily.samplePoint(i, n);
            s[i] = Math.signum(t[i]);
        }
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = residualsAndObjective(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, m);
        double objective = residualsAndObjective(x);
        Arrays.fill(gradient, 0.0);
        for (int i = 0; i < t.length; i++) {
            double power = 1;
            for (int j = 0; j < m; j++) {
                gradient[j] -= residuals[i] * power;
                power *= t[i];
            }
        }
        return objective;
    }

    private double residualsAndObjective(double[] x) {
        ArrayLengths.require("x", x, m);
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double fit = 0;
            double power = 1;
            for (int j = 0; j < m; j++) {
                fit += x[j] * power;
                power *= t[i];
            }
            residuals[i] = s[i] - fit;
            sum += residuals[i] * residuals[i];
        }
        return 0.5 * sum;
    }
}
