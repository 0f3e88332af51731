package org.autodiffbench.api.kernels;

/**
 * Dense linear-algebra loops shared by the matvec and dot primitives and the hand-written
 * gradients of the model families, so that a hand-written baseline and an engine run the same
 * inner loops. Every array is addressed from an offset, so a matrix can be read in place from
 * a flat parameter vector.
 *
 * <p>Matrices are row-major. A dot product is split over four independent accumulators: the JIT
 * must keep a floating-point reduction in order, so one accumulator serialises on the adder's
 * latency, while independent ones let it pipeline.
 */
public final class DenseKernels {

    private DenseKernels() {
    }

    /** Σ a[aOff + k]·b[bOff + k] for k in [0, n). */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[aOff + k] * b[bOff + k];
            s1 += a[aOff + k + 1] * b[bOff + k + 1];
            s2 += a[aOff + k + 2] * b[bOff + k + 2];
            s3 += a[aOff + k + 3] * b[bOff + k + 3];
        }
        for (; k < n; k++) {
            s0 += a[aOff + k] * b[bOff + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ a[aOff + k]·b[k] for k in [0, n). */
    public static double dot(double[] a, int aOff, double[] b, int n) {
        return dot(a, aOff, b, 0, n);
    }

    /** y = W·x for W of {@code rows × cols} at {@code wOff} and x at {@code xOff}. */
    public static void matVec(double[] w, int wOff, double[] x, int xOff, double[] y, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            y[i] = dot(w, wOff + i * cols, x, xOff, cols);
        }
    }

    /** y = W·x for W of {@code rows × cols}. */
    public static void matVec(double[] w, double[] x, double[] y, int rows, int cols) {
        matVec(w, 0, x, 0, y, rows, cols);
    }

    /** xBar[xBarOff …] += Wᵀ·yBar for W of {@code rows × cols} at {@code wOff}: one axpy per row. */
    public static void addTransposedMatVec(double[] w, int wOff, double[] yBar, double[] xBar, int xBarOff,
                                           int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            if (yi == 0.0) {
                continue;
            }
            int off = wOff + i * cols;
            for (int j = 0; j < cols; j++) {
                xBar[xBarOff + j] += w[off + j] * yi;
            }
        }
    }

    /** xBar += Wᵀ·yBar for W of {@code rows × cols}. */
    public static void addTransposedMatVec(double[] w, double[] yBar, double[] xBar, int rows, int cols) {
        addTransposedMatVec(w, 0, yBar, xBar, 0, rows, cols);
    }

    /** wBar[wBarOff …] += yBar·xᵀ, the outer product, for wBar of {@code rows × cols}, x at {@code xOff}. */
    public static void addOuter(double[] yBar, double[] x, int xOff, double[] wBar, int wBarOff, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int off = wBarOff + i * cols;
            for (int j = 0; j < cols; j++) {
                wBar[off + j] += yi * x[xOff + j];
            }
        }
    }

    /** wBar += yBar·xᵀ for wBar of {@code rows × cols}. */
    public static void addOuter(double[] yBar, double[] x, double[] wBar, int rows, int cols) {
        addOuter(yBar, x, 0, wBar, 0, rows, cols);
    }

    /** target[targetOff …] = yBar·xᵀ, overwriting, for a {@code rows × cols} target, x at {@code xOff}. */
    public static void outer(double[] yBar, double[] x, int xOff, double[] target, int targetOff, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int off = targetOff + i * cols;
            for (int j = 0; j < cols; j++) {
                target[off + j] = yi * x[xOff + j];
            }
        }
    }

    /**
     * One pass over W serving both halves of a matvec's VJP:
     * wBar[wBarOff …] += yBar·xᵀ and xBar[xBarOff …] += Wᵀ·yBar, each row of W and W̄ touched once.
     */
    public static void addOuterAndTransposedMatVec(double[] w, int wOff, double[] x, int xOff, double[] yBar,
                                                   double[] wBar, int wBarOff, double[] xBar, int xBarOff,
                                                   int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int wRow = wOff + i * cols;
            int barRow = wBarOff + i * cols;
            for (int j = 0; j < cols; j++) {
                wBar[barRow + j] += yi * x[xOff + j];
                xBar[xBarOff + j] += w[wRow + j] * yi;
            }
        }
    }
}
