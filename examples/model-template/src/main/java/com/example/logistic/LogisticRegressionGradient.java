package com.example.logistic;

import java.util.Arrays;
import org.autodiffbench.models.HandDerivative;

/**
 * The loss and its gradient by hand. With tᵢ = yᵢ·aᵢ·w, L = Σᵢ log(1 + e^(−tᵢ)) and
 * ∂L/∂w = −Σᵢ yᵢ·σ(−tᵢ)·aᵢ, where σ(−t) = 1 / (1 + e^t). log1p keeps the loss exact for large t.
 */
final class LogisticRegressionGradient implements HandDerivative {

    private final DataSet data;
    private final double[] margins;

    LogisticRegressionGradient(DataSet data) {
        this.data = data;
        this.margins = new double[data.samples()];
    }

    @Override
    public void value(double[] w, double[] y) {
        y[0] = lossAndMargins(w);
    }

    @Override
    public double gradient(double[] w, double[] gradient) {
        double loss = lossAndMargins(w);
        int n = data.features();
        Arrays.fill(gradient, 0);
        for (int i = 0; i < data.samples(); i++) {
            double weight = -data.labels()[i] / (1 + Math.exp(margins[i]));
            for (int j = 0; j < n; j++) {
                gradient[j] += weight * data.rows()[i * n + j];
            }
        }
        return loss;
    }

    /** L(w), leaving tᵢ in {@link #margins}. */
    private double lossAndMargins(double[] w) {
        int n = data.features();
        double loss = 0;
        for (int i = 0; i < data.samples(); i++) {
            double score = 0;
            for (int j = 0; j < n; j++) {
                score += data.rows()[i * n + j] * w[j];
            }
            margins[i] = data.labels()[i] * score;
            loss += Math.log1p(Math.exp(-margins[i]));
        }
        return loss;
    }
}
