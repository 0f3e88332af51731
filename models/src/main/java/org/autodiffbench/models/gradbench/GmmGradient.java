package org.autodiffbench.models.gradbench;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * The gmm log posterior F, its gradient and its derivative along a direction, written by hand:
 * one pass over the data points, O(N·K·D²) work, the baseline the engines are timed against on
 * {@code gb-gmm}. Buffers are allocated here; {@link #value}, {@link #gradient} and {@link #jvp}
 * allocate nothing. Not thread-safe.
 *
 * <p>The derivation. Write x̃_ik = x_i − μ_k, r_ik = Q_k·x̃_ik, β_ik = α_k + Σ_j q_kj − ½‖r_ik‖²,
 * λ_i = logsumexp_k β_ik, the responsibilities w_ik = exp(β_ik − λ_i) (so ∂λ_i/∂β_ik = w_ik) and
 * the weights φ = softmax(α) (so ∂ logsumexp(α)/∂α_k = φ_k). Then
 * <pre>
 *   ∂F/∂α_k  = Σ_i w_ik − N·φ_k
 *   ∂F/∂μ_k  = Σ_i w_ik·Q_kᵀ r_ik                          since ∂(−½‖Q(x − μ)‖²)/∂μ = Qᵀ Q (x − μ)
 *   ∂F/∂q_kj = Σ_i w_ik·(1 − r_ikj·x̃_ikj·e^{q_kj}) − γ²·e^{2q_kj} + m
 *   ∂F/∂l_k  at entry (e, j), e > j, of Q_k: −Σ_i w_ik·r_ike·x̃_ikj − γ²·l
 * </pre>
 * The last two use ∂(−½‖r‖²)/∂Q_ej = −r_e·x̃_j, with Q_jj = e^{q_j} on the diagonal, and the
 * prior's −γ²/2·‖Q‖_F² + m·Σ_j q_j, whose Frobenius norm holds e^{2q_j} and l².
 *
 * <p>The tangent along v = (α̇, μ̇, q̇, l̇). Since x̃_ik moves by −μ̇_k whatever the point,
 * ṙ_ik = Q̇_k x̃_ik − Q_k μ̇_k, where Q̇_k holds e^{q_kj}·q̇_kj on the diagonal and l̇_k below it and
 * Q_k μ̇_k is worked out once per component. Then β̇_ik = α̇_k + Σ_j q̇_kj − r_ik·ṙ_ik and
 * <pre>
 *   Ḟ = Σ_ik w_ik·β̇_ik − N·φ·α̇ − γ²·Σ_kj e^{2q_kj}·q̇_kj − γ²·l·l̇ + m·Σ_kj q̇_kj
 * </pre>
 */
final class GmmGradient implements HandDerivative {

    private final GmmData data;
    private final int d;
    private final int k;
    private final int lower;
    private final double constant;
    /** e^{q_kj}, K×D. */
    private final double[] diagonal;
    /** Σ_j q_kj, K. */
    private final double[] logDeterminants;
    /** x_i − μ_k and Q_k(x_i − μ_k) of one data point, K×D each. */
    private final double[] centred;
    private final double[] residuals;
    /** β_ik of one data point, K. */
    private final double[] beta;
    /** Σ_i w_ik, K. */
    private final double[] responsibilities;
    /** e^{q_kj}·q̇_kj, K×D: the diagonal of Q̇_k. */
    private final double[] diagonalTangents;
    /** Q_k μ̇_k, K×D. */
    private final double[] meanShifts;
    /** α̇_k + Σ_j q̇_kj, the part of β̇_ik that is the same for every point, K. */
    private final double[] componentTangents;

    GmmGradient(GmmData data) {
        this.data = data;
        this.d = data.d();
        this.k = data.k();
        this.lower = data.lowerEntries();
        this.constant = data.constantTerms();
        this.diagonal = new double[k * d];
        this.logDeterminants = new double[k];
        this.centred = new double[k * d];
        this.residuals = new double[k * d];
        this.beta = new double[k];
        this.responsibilities = new double[k];
        this.diagonalTangents = new double[k * d];
        this.meanShifts = new double[k * d];
        this.componentTangents = new double[k];
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = evaluate(x, null);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, data.parameterCount());
        Arrays.fill(gradient, 0.0);
        return evaluate(x, gradient);
    }

    /** The Jacobian of the scalar F is its gradient as one row. */
    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("y", y, 1);
        y[0] = gradient(x, jacobian);
    }

    /** F(x) and its derivative along v in one sweep over the data points. */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, data.parameterCount(), y, yDot, 1);
        factorComponents(x);
        componentTangents(x, v);
        double likelihood = 0.0;
        double likelihoodTangent = 0.0;
        for (int i = 0; i < data.n(); i++) {
            double lse = pointTerms(x, i);
            likelihood += lse;
            likelihoodTangent += pointTangent(v, lse);
        }
        double lseAlpha = logSumExp(x, 0, k);
        likelihood -= data.n() * lseAlpha;
        y[0] = likelihood + prior(x, null) + constant;
        double weightsTangent = 0.0;
        for (int c = 0; c < k; c++) {
            weightsTangent += Math.exp(x[c] - lseAlpha) * v[c];
        }
        yDot[0] = likelihoodTangent - data.n() * weightsTangent + priorTangent(x, v);
    }

    /** F at x and, when {@code gradient} is not null, its gradient added into it. */
    private double evaluate(double[] x, double[] gradient) {
        ArrayLengths.require("x", x, data.parameterCount());
        factorComponents(x);
        Arrays.fill(responsibilities, 0.0);
        double likelihood = 0.0;
        for (int i = 0; i < data.n(); i++) {
            double lse = pointTerms(x, i);
            likelihood += lse;
            if (gradient != null) {
                addPointGradient(x, lse, gradient);
            }
        }
        likelihood -= data.n() * logSumExp(x, 0, k);
        return likelihood + prior(x, gradient) + constant;
    }

    /** Fills diagonal with e^{q_kj} and logDeterminants with Σ_j q_kj. */
    private void factorComponents(double[] x) {
        int qAt = data.qOffset();
        for (int c = 0; c < k; c++) {
            double sum = 0.0;
            for (int j = 0; j < d; j++) {
                double q = x[qAt + c * d + j];
                diagonal[c * d + j] = Math.exp(q);
                sum += q;
            }
            logDeterminants[c] = sum;
        }
    }

    /** Fills diagonalTangents, meanShifts and componentTangents from the direction v. */
    private void componentTangents(double[] x, double[] v) {
        int muAt = data.muOffset();
        int qAt = data.qOffset();
        int lAt = data.lOffset();
        for (int c = 0; c < k; c++) {
            int row = c * d;
            double sum = 0.0;
            for (int j = 0; j < d; j++) {
                double qDot = v[qAt + row + j];
                diagonalTangents[row + j] = diagonal[row + j] * qDot;
                meanShifts[row + j] = diagonal[row + j] * v[muAt + row + j];
                sum += qDot;
            }
            int at = lAt + c * lower;
            for (int j = 0; j < d; j++) {
                double muDot = v[muAt + row + j];
                for (int e = j + 1; e < d; e++) {
                    meanShifts[row + e] += x[at++] * muDot;
                }
            }
            componentTangents[c] = v[c] + sum;
        }
    }

    /**
     * λ̇_i = Σ_k w_ik·β̇_ik of the point whose terms pointTerms has just filled. r·ṙ is summed by
     * columns of Q̇_k, Σ_j x̃_j·(Q̇_kᵀ r)_j − r·Q_k μ̇_k, so that ṙ is never stored.
     */
    private double pointTangent(double[] v, double lse) {
        int lAt = data.lOffset();
        double tangent = 0.0;
        for (int c = 0; c < k; c++) {
            int row = c * d;
            int at = lAt + c * lower;
            double residualDot = 0.0;
            for (int j = 0; j < d; j++) {
                double below = 0.0;
                for (int e = j + 1; e < d; e++, at++) {
                    below += v[at] * residuals[row + e];
                }
                double centredJ = centred[row + j];
                residualDot += residuals[row + j] * (diagonalTangents[row + j] * centredJ - meanShifts[row + j])
                        + centredJ * below;
            }
            tangent += Math.exp(beta[c] - lse) * (componentTangents[c] - residualDot);
        }
        return tangent;
    }

    /** Fills centred, residuals and beta for data point i and returns logsumexp_k β_ik. */
    private double pointTerms(double[] x, int i) {
        int muAt = data.muOffset();
        int lAt = data.lOffset();
        for (int c = 0; c < k; c++) {
            int row = c * d;
            for (int j = 0; j < d; j++) {
                double centredJ = data.x(i, j) - x[muAt + row + j];
                centred[row + j] = centredJ;
                residuals[row + j] = diagonal[row + j] * centredJ;
            }
            // l fills Q_k column by column: entry (e, j) for e = j+1 … D−1, then the next column.
            int at = lAt + c * lower;
            for (int j = 0; j < d; j++) {
                double centredJ = centred[row + j];
                for (int e = j + 1; e < d; e++) {
                    residuals[row + e] += x[at++] * centredJ;
                }
            }
            double squaredNorm = 0.0;
            for (int j = 0; j < d; j++) {
                squaredNorm += residuals[row + j] * residuals[row + j];
            }
            beta[c] = x[c] + logDeterminants[c] - 0.5 * squaredNorm;
        }
        return logSumExp(beta, 0, k);
    }

    /** Adds data point i's terms of ∂F/∂μ, ∂F/∂q and ∂F/∂l, and its responsibilities. */
    private void addPointGradient(double[] x, double lse, double[] gradient) {
        int muAt = data.muOffset();
        int qAt = data.qOffset();
        int lAt = data.lOffset();
        for (int c = 0; c < k; c++) {
            double w = Math.exp(beta[c] - lse);
            responsibilities[c] += w;
            int row = c * d;
            int at = lAt + c * lower;
            for (int j = 0; j < d; j++) {
                double s = w * residuals[row + j];
                double transposed = diagonal[row + j] * s;
                gradient[qAt + row + j] -= s * centred[row + j] * diagonal[row + j];
                double centredJ = centred[row + j];
                for (int e = j + 1; e < d; e++, at++) {
                    double se = w * residuals[row + e];
                    transposed += x[at] * se;
                    gradient[at] -= se * centredJ;
                }
                gradient[muAt + row + j] += transposed;
            }
        }
    }

    /**
     * The prior's terms −γ²/2·Σ_k ‖Q_k‖_F² + m·Σ_kj q_kj; with a gradient, also the parts of
     * ∂F/∂α, ∂F/∂q and ∂F/∂l that do not sum over the data points.
     */
    private double prior(double[] x, double[] gradient) {
        double gamma2 = data.gamma() * data.gamma();
        int qAt = data.qOffset();
        int lAt = data.lOffset();
        double frobenius = 0.0;
        double logDeterminant = 0.0;
        for (int c = 0; c < k; c++) {
            logDeterminant += logDeterminants[c];
            for (int j = 0; j < d; j++) {
                double e2 = diagonal[c * d + j] * diagonal[c * d + j];
                frobenius += e2;
                if (gradient != null) {
                    gradient[qAt + c * d + j] += responsibilities[c] + data.m() - gamma2 * e2;
                }
            }
        }
        for (int at = lAt; at < lAt + k * lower; at++) {
            frobenius += x[at] * x[at];
            if (gradient != null) {
                gradient[at] -= gamma2 * x[at];
            }
        }
        if (gradient != null) {
            double lseAlpha = logSumExp(x, 0, k);
            for (int c = 0; c < k; c++) {
                gradient[c] = responsibilities[c] - data.n() * Math.exp(x[c] - lseAlpha);
            }
        }
        return -0.5 * gamma2 * frobenius + data.m() * logDeterminant;
    }

    /** The prior's derivative along v: −γ²·(Σ_kj e^{2q_kj}·q̇_kj + Σ l·l̇) + m·Σ_kj q̇_kj. */
    private double priorTangent(double[] x, double[] v) {
        int qAt = data.qOffset();
        int lAt = data.lOffset();
        double frobenius = 0.0;
        double logDeterminant = 0.0;
        for (int at = 0; at < k * d; at++) {
            frobenius += diagonal[at] * diagonal[at] * v[qAt + at];
            logDeterminant += v[qAt + at];
        }
        for (int at = lAt; at < lAt + k * lower; at++) {
            frobenius += x[at] * v[at];
        }
        double gamma2 = data.gamma() * data.gamma();
        return -gamma2 * frobenius + data.m() * logDeterminant;
    }

    /** ln Σ exp(v_j) over v[from, from + length), shifted by the maximum so that nothing overflows. */
    private static double logSumExp(double[] v, int from, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + length; j++) {
            max = Math.max(max, v[j]);
        }
        double sum = 0.0;
        for (int j = from; j < from + length; j++) {
            sum += Math.exp(v[j] - max);
        }
        return max + Math.log(sum);
    }
}
