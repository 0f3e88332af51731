package org.autodiffbench.models.gradbench;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The gmm log posterior straight from the definition in GradBench's evals/gmm/README.md, with
 * none of its simplifications: the mixture's density as a product over the points of Σ_k φ_k
 * times the Gaussian density with precision Σ_k⁻¹ = Q_kᵀQ_k, and the Wishart density of each
 * precision, determinants by LU decomposition and Γ at integers and half-integers by factorials.
 * Only for small inputs: the densities are multiplied, not their logarithms added.
 */
final class GmmByDefinition {

    private GmmByDefinition() {
    }

    static double logPosterior(GmmData data, double[] point) {
        int d = data.d();
        int k = data.k();
        double[] phi = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            phi[c] = Math.exp(point[c]);
            total += phi[c];
        }
        double[][][] precision = new double[k][][];
        for (int c = 0; c < k; c++) {
            precision[c] = precision(factor(data, point, c));
        }
        double[] x = data.x();
        double likelihood = 1;
        for (int i = 0; i < data.n(); i++) {
            double density = 0;
            for (int c = 0; c < k; c++) {
                double[] centred = new double[d];
                for (int j = 0; j < d; j++) {
                    centred[j] = x[i * d + j] - point[k + c * d + j];
                }
                double quadratic = 0;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        quadratic += centred[a] * precision[c][a][b] * centred[b];
                    }
                }
                double covarianceDeterminant = 1 / determinant(precision[c]);
                density += phi[c] / total * Math.exp(-0.5 * quadratic)
                        / Math.sqrt(Math.pow(2 * Math.PI, d) * covarianceDeterminant);
            }
            likelihood *= density;
        }
        int degrees = d + data.m() + 1;
        double gamma2 = data.gamma() * data.gamma();
        double scaleDeterminant = Math.pow(1 / gamma2, d);
        double prior = 1;
        for (int c = 0; c < k; c++) {
            double trace = 0;
            for (int j = 0; j < d; j++) {
                trace += gamma2 * precision[c][j][j];
            }
            prior *= Math.pow(determinant(precision[c]), (degrees - d - 1) / 2.0) * Math.exp(-0.5 * trace)
                    / (Math.pow(2, degrees * d / 2.0) * Math.pow(scaleDeterminant, degrees / 2.0)
                    * multivariateGamma(d, degrees / 2.0));
        }
        return Math.log(likelihood * prior);
    }

    /** Q_k: exp(q_k) on the diagonal, l_k below it filled column by column, as the README draws it. */
    private static double[][] factor(GmmData data, double[] point, int c) {
        int d = data.d();
        int k = data.k();
        double[][] q = new double[d][d];
        int next = k + 2 * k * d + c * d * (d - 1) / 2;
        for (int column = 0; column < d; column++) {
            q[column][column] = Math.exp(point[k + k * d + c * d + column]);
            for (int row = column + 1; row < d; row++) {
                q[row][column] = point[next++];
            }
        }
        return q;
    }

    private static double[][] precision(double[][] q) {
        int d = q.length;
        double[][] p = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int e = 0; e < d; e++) {
                    p[a][b] += q[e][a] * q[e][b];
                }
            }
        }
        return p;
    }

    private static double determinant(double[][] matrix) {
        return new LUDecomposition(new Array2DRowRealMatrix(matrix)).getDeterminant();
    }

    /** Γ_p(a) = π^{p(p−1)/4}·Π_{j=1..p} Γ(a + (1 − j)/2). */
    static double multivariateGamma(int p, double a) {
        double product = Math.pow(Math.PI, p * (p - 1) / 4.0);
        for (int j = 1; j <= p; j++) {
            product *= gamma(a + (1 - j) / 2.0);
        }
        return product;
    }

    /** Γ(z) for a positive integer z, (z − 1)!, or a half-integer z = h + ½, √π·(2h)!/(4^h·h!). */
    static double gamma(double z) {
        if (z == Math.rint(z)) {
            return factorial((int) z - 1);
        }
        int h = (int) Math.floor(z);
        return Math.sqrt(Math.PI) * factorial(2 * h) / (Math.pow(4, h) * factorial(h));
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
