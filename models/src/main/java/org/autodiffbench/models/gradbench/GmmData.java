package org.autodiffbench.models.gradbench;

import org.apache.commons.math3.special.Gamma;

/**
 * The fixed part of an input of GradBench's {@code gmm} eval: the dimensions D, K and N, the data
 * points X (N×D, row-major) and the Wishart prior's m and γ. The differentiable part, the point,
 * is (α, μ, q, l) laid end to end in that order: α (K), μ (K×D), q (K×D), l (K × D(D−1)/2), each
 * row-major as the eval's nested arrays are.
 */
public final class GmmData {

    private final int d;
    private final int k;
    private final int n;
    private final double[] x;
    private final int m;
    private final double gamma;

    /**
     * @param x the N data points, row-major N×D; copied
     * @throws IllegalArgumentException naming the field that does not fit
     */
    public GmmData(int d, int k, int n, double[] x, int m, double gamma) {
        requirePositive("d", d);
        requirePositive("k", k);
        requirePositive("n", n);
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("gmm field 'x' has " + x.length + " numbers; n×d = " + n + "×" + d
                    + " needs " + (long) n * d);
        }
        if (m < 0) {
            throw new IllegalArgumentException("gmm field 'm' must be at least 0, was " + m);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gmm field 'gamma' must be a positive number, was " + gamma);
        }
        long parameters = k * (1 + 2L * d + d * (d - 1L) / 2);
        if (parameters > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("gmm input with d = " + d + " and k = " + k + " has " + parameters
                    + " parameters, more than a Java array holds; lower d or k");
        }
        this.d = d;
        this.k = k;
        this.n = n;
        this.x = x.clone();
        this.m = m;
        this.gamma = gamma;
    }

    private static void requirePositive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("gmm field '" + field + "' must be at least 1, was " + value);
        }
    }

    /** The dimension D of the space. */
    public int d() {
        return d;
    }

    /** The number K of mixture components. */
    public int k() {
        return k;
    }

    /** The number N of data points. */
    public int n() {
        return n;
    }

    /** A copy of the data points, row-major N×D. */
    public double[] x() {
        return x.clone();
    }

    double x(int i, int j) {
        return x[i * d + j];
    }

    /** The Wishart prior's additional degrees of freedom m. */
    public int m() {
        return m;
    }

    /** The Wishart prior's precision γ. */
    public double gamma() {
        return gamma;
    }

    /** D(D−1)/2: the strictly lower entries of one Q_k, the length of one row of l. */
    public int lowerEntries() {
        return d * (d - 1) / 2;
    }

    /** Where μ starts in the point. */
    public int muOffset() {
        return k;
    }

    /** Where q starts in the point. */
    public int qOffset() {
        return k + k * d;
    }

    /** Where l starts in the point. */
    public int lOffset() {
        return k + 2 * k * d;
    }

    /** The length of the point: K·(1 + 2D + D(D−1)/2). */
    public int parameterCount() {
        return lOffset() + k * lowerEntries();
    }

    /** The position in one row of l of the entry (row, column), row > column, of Q: l fills Q column by column. */
    int lowerIndex(int row, int column) {
        return column * (2 * d - column - 1) / 2 + row - column - 1;
    }

    /**
     * The point (α, μ, q, l) from the eval's fields, μ, q and l flattened row-major.
     *
     * @throws IllegalArgumentException naming the field whose length does not fit
     */
    public double[] point(double[] alpha, double[] mu, double[] q, double[] l) {
        double[] point = new double[parameterCount()];
        place("alpha", alpha, point, 0, k);
        place("mu", mu, point, muOffset(), k * d);
        place("q", q, point, qOffset(), k * d);
        place("l", l, point, lOffset(), k * lowerEntries());
        return point;
    }

    private static void place(String field, double[] values, double[] point, int offset, int length) {
        if (values.length != length) {
            throw new IllegalArgumentException("gmm field '" + field + "' has " + values.length
                    + " numbers in all; it needs " + length);
        }
        System.arraycopy(values, 0, point, offset, length);
    }

    /**
     * The terms of the log posterior that depend on the data alone:
     * −N·(D/2)·ln 2π + K·(n_W·D·ln(γ/√2) − ln Γ_D(n_W/2)) with n_W = D + m + 1, where
     * ln Γ_D(a) = D(D−1)/4·ln π + Σ_{j=1..D} ln Γ(a + (1 − j)/2) is the multivariate log-gamma.
     */
    public double constantTerms() {
        int degrees = d + m + 1;
        double logMultivariateGamma = d * (d - 1) / 4.0 * Math.log(Math.PI);
        for (int j = 1; j <= d; j++) {
            logMultivariateGamma += Gamma.logGamma(0.5 * degrees + 0.5 * (1 - j));
        }
        double prior = (double) degrees * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logMultivariateGamma;
        return -0.5 * n * d * Math.log(2 * Math.PI) + k * prior;
    }
}
