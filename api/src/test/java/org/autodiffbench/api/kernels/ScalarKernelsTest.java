package org.autodiffbench.api.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The split-accumulator loops against plain one-accumulator loops, for every tail length. */
class ScalarKernelsTest {

    private static final DenseKernels KERNELS = ScalarKernels.INSTANCE;

    private static final Random RANDOM = new Random(17);

    private static double[] random(int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * RANDOM.nextDouble() - 1;
        }
        return a;
    }

    @Test
    void dotMatchesAPlainLoopForEveryLengthAndOffset() {
        for (int n = 0; n <= 11; n++) {
            for (int offset = 0; offset <= 3; offset++) {
                double[] a = random(n + offset + 2);
                double[] b = random(n);
                double expected = 0;
                for (int k = 0; k < n; k++) {
                    expected += a[offset + k] * b[k];
                }
                assertThat(KERNELS.dot(a, offset, b, n)).as("n=%d offset=%d", n, offset)
                        .isCloseTo(expected, within(1e-14));
            }
        }
    }

    @Test
    void matVecByHand() {
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {Double.NaN, Double.NaN};
        KERNELS.matVec(w, new double[] {1, 1, 0, 0, -1}, y, 2, 5);
        assertThat(y).containsExactly(1 + 2 - 5, 6 + 7 - 10);
    }

    @Test
    void transposedMatVecAndOuterProductAccumulate() {
        int rows = 3;
        int cols = 5;
        double[] w = random(rows * cols);
        double[] yBar = {0.5, 0.0, -2.0};
        double[] x = random(cols);
        double[] xBar = random(cols);
        double[] wBar = random(rows * cols);
        double[] xBarExpected = xBar.clone();
        double[] wBarExpected = wBar.clone();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                xBarExpected[j] += w[i * cols + j] * yBar[i];
                wBarExpected[i * cols + j] += yBar[i] * x[j];
            }
        }

        KERNELS.addTransposedMatVec(w, yBar, xBar, rows, cols);
        KERNELS.addOuter(yBar, x, wBar, rows, cols);

        assertThat(xBar).containsExactly(xBarExpected, within(1e-15));
        assertThat(wBar).containsExactly(wBarExpected, within(1e-15));
    }

    /** The three matrix products, overwriting and accumulating, at offsets, against the textbook triple loop. */
    @Test
    void matrixProductsMatchTheTripleLoop() {
        int rows = 3;
        int inner = 5;
        int cols = 4;
        int off = 2;
        double[] a = random(off + rows * inner);
        double[] b = random(off + inner * cols);
        double[] aT = random(off + inner * rows);
        double[] bT = random(off + cols * inner);
        for (boolean add : new boolean[] {false, true}) {
            double[] start = random(off + rows * cols);
            double[] plain = start.clone();
            double[] transposedRight = start.clone();
            double[] transposedLeft = start.clone();
            double[] expected = start.clone();
            double[] expectedRight = start.clone();
            double[] expectedLeft = start.clone();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double ab = 0;
                    double abT = 0;
                    double aTb = 0;
                    for (int p = 0; p < inner; p++) {
                        ab += a[off + i * inner + p] * b[off + p * cols + j];
                        abT += a[off + i * inner + p] * bT[off + j * inner + p];
                        aTb += aT[off + p * rows + i] * b[off + p * cols + j];
                    }
                    int k = off + i * cols + j;
                    expected[k] = (add ? start[k] : 0) + ab;
                    expectedRight[k] = (add ? start[k] : 0) + abT;
                    expectedLeft[k] = (add ? start[k] : 0) + aTb;
                }
            }
            KERNELS.matMul(a, off, b, off, plain, off, rows, inner, cols, add);
            KERNELS.matMulTransposedRight(a, off, bT, off, transposedRight, off, rows, inner, cols, add);
            KERNELS.matMulTransposedLeft(aT, off, b, off, transposedLeft, off, rows, inner, cols, add);
            assertThat(plain).as("A·B, add %s", add).containsExactly(expected, within(1e-14));
            assertThat(transposedRight).as("A·Bᵀ, add %s", add).containsExactly(expectedRight, within(1e-14));
            assertThat(transposedLeft).as("Aᵀ·B, add %s", add).containsExactly(expectedLeft, within(1e-14));
        }
    }
}
