package org.autodiffbench.api.primitives;

/** Central finite differences of a primitive's primal kernel: the independent check of its rules. */
final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /** h ≈ 1e-6·max(1, |x|): small against x, large against rounding error. */
    static double step(double[][] point) {
        double largest = 1.0;
        for (double[] operand : point) {
            for (double x : operand) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        return 1e-6 * largest;
    }

    /** (f(x + h·v) − f(x − h·v)) / 2h, every operand moved along its own direction at once. */
    static double[] directionalDerivative(PrimitiveCase c, double[][] point, double[][] direction) {
        double h = step(point);
        double[] forward = c.primal(shifted(point, direction, h));
        double[] backward = c.primal(shifted(point, direction, -h));
        double[] derivative = new double[forward.length];
        for (int k = 0; k < derivative.length; k++) {
            derivative[k] = (forward[k] - backward[k]) / (2 * h);
        }
        return derivative;
    }

    private static double[][] shifted(double[][] point, double[][] direction, double h) {
        double[][] moved = new double[point.length][];
        for (int i = 0; i < point.length; i++) {
            moved[i] = point[i].clone();
            for (int k = 0; k < moved[i].length; k++) {
                moved[i][k] += h * direction[i][k];
            }
        }
        return moved;
    }
}
