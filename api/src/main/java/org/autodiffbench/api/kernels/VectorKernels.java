package org.autodiffbench.api.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense kernels on {@code jdk.incubator.vector}: the JVM's preferred vector width, fused
 * multiply-add, and register blocks that reuse each load several times. Loaded only by
 * {@link KernelSelection}, reflectively, when the module is in the JVM. Lengths that are not a
 * multiple of the vector width finish with scalar tails.
 *
 * <p>matvec takes four rows at a time, so each load of x feeds four multiply-adds; the
 * transposed matvec likewise loads and stores x̄ once per four rows. A matrix product walks C in
 * blocks of four rows by two vectors, eight accumulators that stay in registers while the inner
 * dimension streams by: per step, two loads of B and four broadcasts of A feed eight
 * multiply-adds, where i-k-j loads and stores a row of C for each one.
 */
final class VectorKernels implements DenseKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int ROWS = 4;

    VectorKernels() {
    }

    @Override
    public String describe() {
        return "vector: jdk.incubator.vector, " + SPECIES.vectorBitSize() + "-bit, " + LANES + " doubles per vector";
    }

    private static DoubleVector load(double[] a, int offset) {
        return DoubleVector.fromArray(SPECIES, a, offset);
    }

    @Override
    public double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int k = 0;
        for (; k <= n - 4 * LANES; k += 4 * LANES) {
            s0 = load(a, aOff + k).fma(load(b, bOff + k), s0);
            s1 = load(a, aOff + k + LANES).fma(load(b, bOff + k + LANES), s1);
            s2 = load(a, aOff + k + 2 * LANES).fma(load(b, bOff + k + 2 * LANES), s2);
            s3 = load(a, aOff + k + 3 * LANES).fma(load(b, bOff + k + 3 * LANES), s3);
        }
        for (; k <= n - LANES; k += LANES) {
            s0 = load(a, aOff + k).fma(load(b, bOff + k), s0);
        }
        double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; k < n; k++) {
            s += a[aOff + k] * b[bOff + k];
        }
        return s;
    }

    @Override
    public double sum(double[] a, int off, int n) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        int k = 0;
        for (; k <= n - 2 * LANES; k += 2 * LANES) {
            s0 = s0.add(load(a, off + k));
            s1 = s1.add(load(a, off + k + LANES));
        }
        for (; k <= n - LANES; k += LANES) {
            s0 = s0.add(load(a, off + k));
        }
        double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; k < n; k++) {
            s += a[off + k];
        }
        return s;
    }

    @Override
    public void tanh(double[] x, int xOff, double[] y, int yOff, int n) {
        int k = 0;
        for (; k <= n - LANES; k += LANES) {
            load(x, xOff + k).lanewise(VectorOperators.TANH).intoArray(y, yOff + k);
        }
        for (; k < n; k++) {
            y[yOff + k] = Math.tanh(x[xOff + k]);
        }
    }

    @Override
    public void matVec(double[] w, int wOff, double[] x, int xOff, double[] y, int rows, int cols) {
        rowDots(w, wOff, x, xOff, y, 0, rows, cols, false);
    }

    /**
     * y[yOff + i] (+)= row i of W · x for the {@code rows} rows of W, each {@code cols} long: the
     * matvec, and row i of A·Bᵀ with B as W and row i of A as x.
     */
    private void rowDots(double[] w, int wOff, double[] x, int xOff, double[] y, int yOff,
                         int rows, int cols, boolean add) {
        int i = 0;
        for (; i + ROWS <= rows; i += ROWS) {
            int r0 = wOff + i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                DoubleVector xv = load(x, xOff + j);
                s0 = load(w, r0 + j).fma(xv, s0);
                s1 = load(w, r1 + j).fma(xv, s1);
                s2 = load(w, r2 + j).fma(xv, s2);
                s3 = load(w, r3 + j).fma(xv, s3);
            }
            double t0 = s0.reduceLanes(VectorOperators.ADD);
            double t1 = s1.reduceLanes(VectorOperators.ADD);
            double t2 = s2.reduceLanes(VectorOperators.ADD);
            double t3 = s3.reduceLanes(VectorOperators.ADD);
            for (; j < cols; j++) {
                double xj = x[xOff + j];
                t0 += w[r0 + j] * xj;
                t1 += w[r1 + j] * xj;
                t2 += w[r2 + j] * xj;
                t3 += w[r3 + j] * xj;
            }
            int o = yOff + i;
            y[o] = add ? y[o] + t0 : t0;
            y[o + 1] = add ? y[o + 1] + t1 : t1;
            y[o + 2] = add ? y[o + 2] + t2 : t2;
            y[o + 3] = add ? y[o + 3] + t3 : t3;
        }
        for (; i < rows; i++) {
            double t = dot(w, wOff + i * cols, x, xOff, cols);
            y[yOff + i] = add ? y[yOff + i] + t : t;
        }
    }

    @Override
    public void addTransposedMatVec(double[] w, int wOff, double[] yBar, double[] xBar, int xBarOff,
                                    int rows, int cols) {
        int i = 0;
        for (; i + ROWS <= rows; i += ROWS) {
            int r0 = wOff + i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            double y0 = yBar[i];
            double y1 = yBar[i + 1];
            double y2 = yBar[i + 2];
            double y3 = yBar[i + 3];
            DoubleVector v0 = DoubleVector.broadcast(SPECIES, y0);
            DoubleVector v1 = DoubleVector.broadcast(SPECIES, y1);
            DoubleVector v2 = DoubleVector.broadcast(SPECIES, y2);
            DoubleVector v3 = DoubleVector.broadcast(SPECIES, y3);
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                DoubleVector acc = load(xBar, xBarOff + j);
                acc = load(w, r0 + j).fma(v0, acc);
                acc = load(w, r1 + j).fma(v1, acc);
                acc = load(w, r2 + j).fma(v2, acc);
                acc = load(w, r3 + j).fma(v3, acc);
                acc.intoArray(xBar, xBarOff + j);
            }
            for (; j < cols; j++) {
                xBar[xBarOff + j] += w[r0 + j] * y0 + w[r1 + j] * y1 + w[r2 + j] * y2 + w[r3 + j] * y3;
            }
        }
        for (; i < rows; i++) {
            axpy(yBar[i], w, wOff + i * cols, xBar, xBarOff, cols);
        }
    }

    /** y[yOff …] += alpha·x[xOff …] over n entries. */
    private static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
        DoubleVector av = DoubleVector.broadcast(SPECIES, alpha);
        int j = 0;
        for (; j <= n - LANES; j += LANES) {
            load(x, xOff + j).fma(av, load(y, yOff + j)).intoArray(y, yOff + j);
        }
        for (; j < n; j++) {
            y[yOff + j] += alpha * x[xOff + j];
        }
    }

    @Override
    public void addOuter(double[] yBar, double[] x, int xOff, double[] wBar, int wBarOff, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            axpy(yBar[i], x, xOff, wBar, wBarOff + i * cols, cols);
        }
    }

    @Override
    public void outer(double[] yBar, double[] x, int xOff, double[] target, int targetOff, int rows, int cols) {
        outerRows(yBar, 0, x, xOff, target, targetOff, rows, cols);
    }

    /** target[targetOff …] = yBar[yOff …]·xᵀ over {@code rows} rows. */
    private static void outerRows(double[] yBar, int yOff, double[] x, int xOff, double[] target, int targetOff,
                                  int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double yi = yBar[yOff + i];
            int off = targetOff + i * cols;
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                load(x, xOff + j).mul(yi).intoArray(target, off + j);
            }
            for (; j < cols; j++) {
                target[off + j] = yi * x[xOff + j];
            }
        }
    }

    /** Four rows per pass: each load of x and of x̄ serves four rows of both products. */
    @Override
    public void outerAndAddTransposedMatVec(double[] yBar, double[] x, int xOff, double[] target, int targetOff,
                                            double[] w, int wOff, double[] xBar, int xBarOff, int rows, int cols) {
        int i = 0;
        for (; i + ROWS <= rows; i += ROWS) {
            int r0 = i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            double y0 = yBar[i];
            double y1 = yBar[i + 1];
            double y2 = yBar[i + 2];
            double y3 = yBar[i + 3];
            DoubleVector v0 = DoubleVector.broadcast(SPECIES, y0);
            DoubleVector v1 = DoubleVector.broadcast(SPECIES, y1);
            DoubleVector v2 = DoubleVector.broadcast(SPECIES, y2);
            DoubleVector v3 = DoubleVector.broadcast(SPECIES, y3);
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                DoubleVector xv = load(x, xOff + j);
                xv.mul(v0).intoArray(target, targetOff + r0 + j);
                xv.mul(v1).intoArray(target, targetOff + r1 + j);
                xv.mul(v2).intoArray(target, targetOff + r2 + j);
                xv.mul(v3).intoArray(target, targetOff + r3 + j);
                DoubleVector acc = load(xBar, xBarOff + j);
                acc = load(w, wOff + r0 + j).fma(v0, acc);
                acc = load(w, wOff + r1 + j).fma(v1, acc);
                acc = load(w, wOff + r2 + j).fma(v2, acc);
                acc = load(w, wOff + r3 + j).fma(v3, acc);
                acc.intoArray(xBar, xBarOff + j);
            }
            for (; j < cols; j++) {
                double xj = x[xOff + j];
                target[targetOff + r0 + j] = y0 * xj;
                target[targetOff + r1 + j] = y1 * xj;
                target[targetOff + r2 + j] = y2 * xj;
                target[targetOff + r3 + j] = y3 * xj;
                xBar[xBarOff + j] += w[wOff + r0 + j] * y0 + w[wOff + r1 + j] * y1
                        + w[wOff + r2 + j] * y2 + w[wOff + r3 + j] * y3;
            }
        }
        outerRows(yBar, i, x, xOff, target, targetOff + i * cols, rows - i, cols);
        for (; i < rows; i++) {
            axpy(yBar[i], w, wOff + i * cols, xBar, xBarOff, cols);
        }
    }

    /** Register blocks over C's rows and columns; one column of B at a time for a single column. */
    @Override
    public void matMul(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                       int rows, int inner, int cols, boolean add) {
        if (cols == 1) {
            rowDots(a, aOff, b, bOff, c, cOff, rows, inner, add);
            return;
        }
        rowProducts(a, aOff, inner, 1, b, bOff, c, cOff, rows, inner, cols, add);
    }

    /** Row i of C is row i of A against the rows of B, four of them per load of A's row. */
    @Override
    public void matMulTransposedRight(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                      int rows, int inner, int cols, boolean add) {
        for (int i = 0; i < rows; i++) {
            rowDots(b, bOff, a, aOff + i * inner, c, cOff + i * cols, cols, inner, add);
        }
    }

    /** The register blocks of {@link #matMul}, reading A down its columns. */
    @Override
    public void matMulTransposedLeft(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                                     int rows, int inner, int cols, boolean add) {
        rowProducts(a, aOff, 1, rows, b, bOff, c, cOff, rows, inner, cols, add);
    }

    /**
     * C (+)= Â·B where Â[i, p] = a[aOff + i·rowStride + p·innerStride], B is {@code inner × cols}
     * row-major at {@code bOff} and C {@code rows × cols} at {@code cOff}.
     */
    private static void rowProducts(double[] a, int aOff, int rowStride, int innerStride, double[] b, int bOff,
                                    double[] c, int cOff, int rows, int inner, int cols, boolean add) {
        int i = 0;
        for (; i + ROWS <= rows; i += ROWS) {
            int j = 0;
            for (; j <= cols - 2 * LANES; j += 2 * LANES) {
                blockOfFourRowsTwoVectors(a, aOff + i * rowStride, rowStride, innerStride, b, bOff + j,
                        c, cOff + i * cols + j, inner, cols, add);
            }
            for (; j <= cols - LANES; j += LANES) {
                for (int r = i; r < i + ROWS; r++) {
                    blockOfOneRowOneVector(a, aOff + r * rowStride, innerStride, b, bOff + j, c, cOff + r * cols + j,
                            inner, cols, add);
                }
            }
            for (; j < cols; j++) {
                columnOfFourRows(a, aOff + i * rowStride, rowStride, innerStride, b, bOff + j, c, cOff + i * cols + j,
                        inner, cols, add);
            }
        }
        for (; i < rows; i++) {
            int j = 0;
            for (; j <= cols - LANES; j += LANES) {
                blockOfOneRowOneVector(a, aOff + i * rowStride, innerStride, b, bOff + j, c, cOff + i * cols + j,
                        inner, cols, add);
            }
            for (; j < cols; j++) {
                entry(a, aOff + i * rowStride, innerStride, b, bOff + j, c, cOff + i * cols + j, inner, cols, add);
            }
        }
    }

    /** C[0..4, 0..2·LANES) at {@code c} (row stride {@code cols}) (+)= Â[0..4, :]·B[:, 0..2·LANES). */
    private static void blockOfFourRowsTwoVectors(double[] a, int a0, int rowStride, int innerStride,
                                                  double[] b, int b0, double[] c, int c0,
                                                  int inner, int cols, boolean add) {
        int c1 = c0 + cols;
        int c2 = c1 + cols;
        int c3 = c2 + cols;
        DoubleVector s00 = add ? load(c, c0) : DoubleVector.zero(SPECIES);
        DoubleVector s01 = add ? load(c, c0 + LANES) : DoubleVector.zero(SPECIES);
        DoubleVector s10 = add ? load(c, c1) : DoubleVector.zero(SPECIES);
        DoubleVector s11 = add ? load(c, c1 + LANES) : DoubleVector.zero(SPECIES);
        DoubleVector s20 = add ? load(c, c2) : DoubleVector.zero(SPECIES);
        DoubleVector s21 = add ? load(c, c2 + LANES) : DoubleVector.zero(SPECIES);
        DoubleVector s30 = add ? load(c, c3) : DoubleVector.zero(SPECIES);
        DoubleVector s31 = add ? load(c, c3 + LANES) : DoubleVector.zero(SPECIES);
        for (int p = 0; p < inner; p++) {
            int bRow = b0 + p * cols;
            DoubleVector bv0 = load(b, bRow);
            DoubleVector bv1 = load(b, bRow + LANES);
            int ap = a0 + p * innerStride;
            DoubleVector a0v = DoubleVector.broadcast(SPECIES, a[ap]);
            DoubleVector a1v = DoubleVector.broadcast(SPECIES, a[ap + rowStride]);
            DoubleVector a2v = DoubleVector.broadcast(SPECIES, a[ap + 2 * rowStride]);
            DoubleVector a3v = DoubleVector.broadcast(SPECIES, a[ap + 3 * rowStride]);
            s00 = bv0.fma(a0v, s00);
            s01 = bv1.fma(a0v, s01);
            s10 = bv0.fma(a1v, s10);
            s11 = bv1.fma(a1v, s11);
            s20 = bv0.fma(a2v, s20);
            s21 = bv1.fma(a2v, s21);
            s30 = bv0.fma(a3v, s30);
            s31 = bv1.fma(a3v, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + LANES);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + LANES);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + LANES);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + LANES);
    }

    /** C[0, 0..LANES) at {@code c} (+)= Â[0, :]·B[:, 0..LANES). */
    private static void blockOfOneRowOneVector(double[] a, int a0, int innerStride, double[] b, int b0,
                                               double[] c, int c0, int inner, int cols, boolean add) {
        DoubleVector s = add ? load(c, c0) : DoubleVector.zero(SPECIES);
        for (int p = 0; p < inner; p++) {
            s = load(b, b0 + p * cols).fma(DoubleVector.broadcast(SPECIES, a[a0 + p * innerStride]), s);
        }
        s.intoArray(c, c0);
    }

    /** Four entries down one column of C, four independent sums sharing each read of B's column. */
    private static void columnOfFourRows(double[] a, int a0, int rowStride, int innerStride, double[] b, int b0,
                                         double[] c, int c0, int inner, int cols, boolean add) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int p = 0; p < inner; p++) {
            double bp = b[b0 + p * cols];
            int ap = a0 + p * innerStride;
            s0 += a[ap] * bp;
            s1 += a[ap + rowStride] * bp;
            s2 += a[ap + 2 * rowStride] * bp;
            s3 += a[ap + 3 * rowStride] * bp;
        }
        c[c0] = add ? c[c0] + s0 : s0;
        c[c0 + cols] = add ? c[c0 + cols] + s1 : s1;
        c[c0 + 2 * cols] = add ? c[c0 + 2 * cols] + s2 : s2;
        c[c0 + 3 * cols] = add ? c[c0 + 3 * cols] + s3 : s3;
    }

    /** One entry of C: c[c0] (+)= Σ_p Â[0, p]·B[p, 0], B's column read with stride {@code cols}. */
    private static void entry(double[] a, int a0, int innerStride, double[] b, int b0, double[] c, int c0,
                              int inner, int cols, boolean add) {
        double s = add ? c[c0] : 0.0;
        for (int p = 0; p < inner; p++) {
            s += a[a0 + p * innerStride] * b[b0 + p * cols];
        }
        c[c0] = s;
    }
}
