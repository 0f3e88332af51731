package org.autodiffbench.api.kernels;

/**
 * The dense kernels as plain Java loops, which every JVM runs: the fallback when
 * {@code jdk.incubator.vector} is not in the JVM, and the kernels of the {@code hand-scalar}
 * baseline. A dot product is split over eight independent accumulators: the JIT
 * must keep a floating-point reduction in order, so one accumulator serialises on the adder's
 * latency, while independent ones let it pipeline (eight ran 30% faster than four at n = 256).
 */
public final class ScalarKernels implements DenseKernels {

    /** The one instance; the kernels keep no state. */
    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public String describe() {
        return "scalar: eight-accumulator Java loops";
    }

    @Override
    public double dot(double[] a, int aOff, double[] b, int bOff, int n) {
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

    @Override
    public void tanh(double[] x, int xOff, double[] y, int yOff, int n) {
        for (int k = 0; k < n; k++) {
            y[yOff + k] = Math.tanh(x[xOff + k]);
        }
    }

    @Override
    public void matVec(double[] w, int wOff, double[] x, int xOff, double[] y, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            y[i] = dot(w, wOff + i * cols, x, xOff, cols);
        }
    }

    /** One axpy per row. */
    @Override
    public void addTransposedMatVec(double[] w, int wOff, double[] yBar, double[] xBar, int xBarOff,
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

    @Override
    public void addOuter(double[] yBar, double[] x, int xOff, double[] wBar, int wBarOff, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int off = wBarOff + i * cols;
            for (int j = 0; j < cols; j++) {
                wBar[off + j] += yi * x[xOff + j];
            }
        }
    }

    @Override
    public void outer(double[] yBar, double[] x, int xOff, double[] target, int targetOff, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[i];
            int off = targetOff + i * cols;
            for (int j = 0; j < cols; j++) {
                target[off + j] = yi * x[xOff + j];
            }
        }
    }

    @Override
    public double sum(double[] a, int off, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = off;
        int end = off + n;
        for (; k + 3 < end; k += 4) {
            s0 += a[k];
            s1 += a[k + 1];
            s2 += a[k + 2];
            s3 += a[k + 3];
        }
        for (; k < end; k++) {
            s0 += a[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The outer product, then the transposed product: two passes. */
    @Override
    public void outerAndAddTransposedMatVec(double[] yBar, double[] x, int xOff, double[] target, int targetOff,
                                            double[] w, int wOff, double[] xBar, int xBarOff, int rows, int cols) {
        outer(yBar, x, xOff, target, targetOff, rows, cols);
        addTransposedMatVec(w, wOff, yBar, xBar, xBarOff, rows, cols);
    }

    /** The loops run i-k-j: the inner loop streams a row of B into a row of C, which the JIT vectorises. */
    @Override
    public void matMul(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
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

    /** Each entry is a dot product of two rows. */
    @Override
    public void matMulTransposedRight(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                      int rows, int inner, int cols, boolean add) {
        for (int i = 0; i < rows; i++) {
            int cRow = cOff + i * cols;
            for (int j = 0; j < cols; j++) {
                double d = dot(a, aOff + i * inner, b, bOff + j * inner, inner);
                c[cRow + j] = add ? c[cRow + j] + d : d;
            }
        }
    }

    /** For each row p of A and B, row i of C takes A[p, i] times row p of B, a streamed axpy. */
    @Override
    public void matMulTransposedLeft(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
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
