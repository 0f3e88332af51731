package org.autodiffbench.api.kernels;

/**
 * Dense linear-algebra loops shared by the matvec, matmul and dot primitives and the hand-written
 * gradients of the model families, so that a hand-written baseline and an engine run the same
 * inner loops. Every array is addressed from an offset, so a matrix can be read in place from
 * a flat parameter vector.
 *
 * <p>Matrices are row-major. A dot product is split over eight independent accumulators: the JIT
 * must keep a floating-point reduction in order, so one accumulator serialises on the adder's
 * latency, while independent ones let it pipeline (eight ran 30% faster than four at n = 256).
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
        double s4 = 0.0;
        double s5 = 0.0;
        double s6 = 0.0;
        double s7 = 0.0;
        int k = 0;
        for (; k + 7 < n; k += 8) {
            int i = aOff + k;
            int j = bOff + k;
            s0 += a[i] * b[j];
            s1 += a[i + 1] * b[j + 1];
            s2 += a[i + 2] * b[j + 2];
            s3 += a[i + 3] * b[j + 3];
            s4 += a[i + 4] * b[j + 4];
            s5 += a[i + 5] * b[j + 5];
            s6 += a[i + 6] * b[j + 6];
            s7 += a[i + 7] * b[j + 7];
        }
        for (; k < n; k++) {
            s0 += a[aOff + k] * b[bOff + k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
     * C = A·B, or C += A·B when {@code add}, for A of {@code rows × inner} at {@code aOff}, B of
     * {@code inner × cols} at {@code bOff} and C of {@code rows × cols} at {@code cOff}. The loops
     * run i-k-j: the inner loop streams a row of B into a row of C, which the JIT vectorises.
     */
    public static void matMul(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                              int rows, int inner, int cols, boolean add) {
        for (int i = 0; i < rows; i++) {
            int cRow = cOff + i * cols;
            int aRow = aOff + i * inner;
            int p = 0;
            if (!add) {
                double aip = a[aRow];
                for (int j = 0; j < cols; j++) {
                    c[cRow + j] = aip * b[bOff + j];
                }
                p = 1;
            }
            for (; p < inner; p++) {
                double aip = a[aRow + p];
                int bRow = bOff + p * cols;
                for (int j = 0; j < cols; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }

    /**
     * C = A·Bᵀ, or C += A·Bᵀ when {@code add}, for A of {@code rows × inner}, B of
     * {@code cols × inner} and C of {@code rows × cols}: each entry is a dot product of two rows.
     */
    public static void matMulTransposedRight(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                             int rows, int inner, int cols, boolean add) {
        for (int i = 0; i < rows; i++) {
            int cRow = cOff + i * cols;
            for (int j = 0; j < cols; j++) {
                double d = dot(a, aOff + i * inner, b, bOff + j * inner, inner);
                c[cRow + j] = add ? c[cRow + j] + d : d;
            }
        }
    }

    /**
     * C = Aᵀ·B, or C += Aᵀ·B when {@code add}, for A of {@code inner × rows}, B of
     * {@code inner × cols} and C of {@code rows × cols}: for each row p of A and B, row i of C
     * takes A[p, i] times row p of B, a streamed axpy.
     */
    public static void matMulTransposedLeft(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                            int rows, int inner, int cols, boolean add) {
        for (int p = 0; p < inner; p++) {
            int aRow = aOff + p * rows;
            int bRow = bOff + p * cols;
            boolean assign = p == 0 && !add;
            for (int i = 0; i < rows; i++) {
                double api = a[aRow + i];
                int cRow = cOff + i * cols;
                if (assign) {
                    for (int j = 0; j < cols; j++) {
                        c[cRow + j] = api * b[bRow + j];
                    }
                } else {
                    for (int j = 0; j < cols; j++) {
                        c[cRow + j] += api * b[bRow + j];
                    }
                }
            }
        }
    }
}
