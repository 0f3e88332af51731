package org.autodiffbench.models.gradbench;

import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * The {@code gb-lse} value a + ln Σ exp(x_i − a), a = max x, and its gradient, the softmax
 * exp(x_i − a) / Σ_k exp(x_k − a). Calls allocate nothing.
 */
final class SoftmaxGradient implements HandDerivative {

    private final double[] shifted;
    /** Σ exp(x_i − a) of the last call. */
    private double sum;

    SoftmaxGradient(int n) {
        this.shifted = new double[n];
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = exponentialsAndValue(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, shifted.length);
        double value = exponentialsAndValue(x);
        for (int i = 0; i < shifted.length; i++) {
            gradient[i] = shifted[i] / sum;
        }
        return value;
    }

    /** Fills {@code shifted} with exp(x_i − a) and returns LSE(x). */
    private double exponentialsAndValue(double[] x) {
        ArrayLengths.require("x", x, shifted.length);
        double max = Double.NEGATIVE_INFINITY;
        for (double xi : x) {
            max = Math.max(max, xi);
        }
        sum = 0;
        for (int i = 0; i < x.length; i++) {
            shifted[i] = Math.exp(x[i] - max);
            sum += shifted[i];
        }
        return Math.log(sum) + max;
    }
}
