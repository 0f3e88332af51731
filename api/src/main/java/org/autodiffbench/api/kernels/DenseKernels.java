package org.autodiffbench.api.kernels;

/**
 * Dense linear-algebra loops shared by the matvec primitive and the hand-written gradients of
 * the model families, so that a hand-written baseline and an engine run the same inner loops.
 *
 * <p>Matrices are row-major. A dot product is split over four independent accumulators: the JIT
 * must keep a floating-point reduction in order, so one accumulator serialises on the adder's
 * latency, while independent ones let it pipeline.
 */
public final class DenseKernels {

    private DenseKernels() {
    }

    /** Σ a[aOff + k]·b[k] for k in [0, n). */
    public static double dot(double[] a, int aOff, double[] b, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[aOff + k] * b[k];
            s1 += a[aOff + k + 1] * b[k + 1];
            s2 += a[aOff + k + 2] * b[k + 2];
            s3 += a[aOff + k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[aOff + k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y = W·x for W of {@code rows × cols}. */
    public static void matVec(double[] w, double[] x, double[] y, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            y[i] = dot(w, i * cols, x, cols);
        }
    }

    /** xBar += Wᵀ·yBar for W of {@code rows × cols}: one axpy per row, no reduction. */
    public static void addTransposedMatVec(double[] w, double[] yBar, double[] xBar, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            if (yi == 0.0) {
                continue;
            }
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                xBar[j] += w[off + j] * yi;
            }
        }
    }

    /** wBar += yBar·xᵀ, the outer product, for wBar of {@code rows × cols}. */
    public static void addOuter(double[] yBar, double[] x, double[] wBar, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                wBar[off + j] += yi * x[j];
            }
        }
    }
}
