package org.autodiffbench.api.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every vector kernel against the textbook loop written here and against the scalar kernel, at
 * shapes that exercise each register block and each tail: lengths below, at and above multiples
 * of the vector width, single rows and columns, and zero lengths where they are legal, all read
 * and written at an offset into a larger array.
 */
class VectorKernelsTest {

    private static final DenseKernels VECTOR = new VectorKernels();
    private static final DenseKernels SCALAR = ScalarKernels.INSTANCE;
    private static final int[] LENGTHS = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 24, 31, 33, 64, 100};
    private static final int[] ROWS = {1, 2, 3, 4, 5, 8, 9, 13};
    private static final int[] COLS = {1, 2, 3, 7, 8, 9, 15, 16, 17, 24, 33};
    private static final int[] INNER = {1, 2, 7, 8, 13};
    private static final int OFF = 3;
    private static final double TOLERANCE = 1e-12;

    private final Random random = new Random(29);

    private double[] random(int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * random.nextDouble() - 1;
        }
        return a;
    }

    @Test
    void describesItselfByTheVectorWidth() {
        assertThat(VECTOR.describe()).startsWith("vector: jdk.incubator.vector, ").endsWith(" doubles per vector");
    }

    @Test
    void dotAndSumMatchPlainLoops() {
        for (int n : LENGTHS) {
            double[] a = random(OFF + n);
            double[] b = random(OFF + n + 1);
            double dot = 0;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                dot += a[OFF + k] * b[OFF + 1 + k];
                sum += a[OFF + k];
            }
            double vectorDot = VECTOR.dot(a, OFF, b, OFF + 1, n);
            double vectorSum = VECTOR.sum(a, OFF, n);
            assertThat(vectorDot).as("dot n=%d", n).isCloseTo(dot, within(TOLERANCE))
                    .isCloseTo(SCALAR.dot(a, OFF, b, OFF + 1, n), within(TOLERANCE));
            assertThat(vectorSum).as("sum n=%d", n).isCloseTo(sum, within(TOLERANCE))
                    .isCloseTo(SCALAR.sum(a, OFF, n), within(TOLERANCE));
        }
    }

    @Test
    void matVecAndItsTransposeMatchPlainLoops() {
        for (int rows : ROWS) {
            for (int cols : LENGTHS) {
                double[] w = random(OFF + rows * cols);
                double[] x = random(OFF + cols);
                double[] yBar = random(rows);
                double[] xBarStart = random(OFF + cols);
                double[] y = new double[rows];
                double[] xBar = xBarStart.clone();
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        y[i] += w[OFF + i * cols + j] * x[OFF + j];
                        xBar[OFF + j] += w[OFF + i * cols + j] * yBar[i];
                    }
                }
                String shape = rows + "×" + cols;
                assertThat(run(k -> k.matVec(w, OFF, x, OFF, y(k), rows, cols), rows, null))
                        .as("W·x %s", shape).satisfies(both -> agree(both, y));
                assertThat(run(k -> k.addTransposedMatVec(w, OFF, yBar, y(k), OFF, rows, cols), 0, xBarStart))
                        .as("x̄ += Wᵀ·ȳ %s", shape).satisfies(both -> agree(both, xBar));
            }
        }
    }

    @Test
    void outerProductsAndTheFusedStepMatchPlainLoops() {
        for (int rows : ROWS) {
            for (int cols : LENGTHS) {
                double[] w = random(OFF + rows * cols);
                double[] x = random(OFF + cols);
                double[] yBar = random(rows);
                double[] start = random(OFF + rows * cols);
                double[] xBarStart = random(OFF + cols);
                double[] outer = start.clone();
                double[] added = start.clone();
                double[] xBar = xBarStart.clone();
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        outer[OFF + i * cols + j] = yBar[i] * x[OFF + j];
                        added[OFF + i * cols + j] += yBar[i] * x[OFF + j];
                        xBar[OFF + j] += w[OFF + i * cols + j] * yBar[i];
                    }
                }
                String shape = rows + "×" + cols;
                assertThat(run(k -> k.outer(yBar, x, OFF, y(k), OFF, rows, cols), 0, start))
                        .as("ȳ·xᵀ %s", shape).satisfies(both -> agree(both, outer));
                assertThat(run(k -> k.addOuter(yBar, x, OFF, y(k), OFF, rows, cols), 0, start))
                        .as("W̄ += ȳ·xᵀ %s", shape).satisfies(both -> agree(both, added));
                for (DenseKernels kernels : new DenseKernels[] {SCALAR, VECTOR}) {
                    double[] target = start.clone();
                    double[] fusedXBar = xBarStart.clone();
                    kernels.outerAndAddTransposedMatVec(yBar, x, OFF, target, OFF, w, OFF, fusedXBar, OFF, rows, cols);
                    assertThat(target).as("fused ȳ·xᵀ %s %s", shape, kernels.describe())
                            .containsExactly(outer, within(TOLERANCE));
                    assertThat(fusedXBar).as("fused x̄ %s %s", shape, kernels.describe())
                            .containsExactly(xBar, within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void matrixProductsMatchTheTripleLoop() {
        for (int rows : ROWS) {
            for (int inner : INNER) {
                for (int cols : COLS) {
                    for (boolean add : new boolean[] {false, true}) {
                        products(rows, inner, cols, add);
                    }
                }
            }
        }
    }

    /** A·B, A·Bᵀ and Aᵀ·B at one shape, by the triple loop, the scalar and the vector kernels. */
    private void products(int rows, int inner, int cols, boolean add) {
        double[] a = random(OFF + rows * inner);
        double[] b = random(OFF + inner * cols);
        double[] aT = random(OFF + inner * rows);
        double[] bT = random(OFF + cols * inner);
        double[] start = random(OFF + rows * cols);
        double[] ab = start.clone();
        double[] abT = start.clone();
        double[] aTb = start.clone();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = OFF + i * cols + j;
                if (!add) {
                    ab[k] = 0;
                    abT[k] = 0;
                    aTb[k] = 0;
                }
                for (int p = 0; p < inner; p++) {
                    ab[k] += a[OFF + i * inner + p] * b[OFF + p * cols + j];
                    abT[k] += a[OFF + i * inner + p] * bT[OFF + j * inner + p];
                    aTb[k] += aT[OFF + p * rows + i] * b[OFF + p * cols + j];
                }
            }
        }
        String shape = rows + "×" + inner + "×" + cols + (add ? " accumulating" : "");
        assertThat(run(k -> k.matMul(a, OFF, b, OFF, y(k), OFF, rows, inner, cols, add), 0, start))
                .as("A·B %s", shape).satisfies(both -> agree(both, ab));
        assertThat(run(k -> k.matMulTransposedRight(a, OFF, bT, OFF, y(k), OFF, rows, inner, cols, add), 0, start))
                .as("A·Bᵀ %s", shape).satisfies(both -> agree(both, abT));
        assertThat(run(k -> k.matMulTransposedLeft(aT, OFF, b, OFF, y(k), OFF, rows, inner, cols, add), 0, start))
                .as("Aᵀ·B %s", shape).satisfies(both -> agree(both, aTb));
    }

    /** One kernel call that writes into the output array the test hands it. */
    private interface KernelCall {
        void run(DenseKernels kernels);
    }

    /** The output array of the call in progress, per kernel set. */
    private final double[][] outputs = new double[2][];

    private double[] y(DenseKernels kernels) {
        return outputs[kernels == SCALAR ? 0 : 1];
    }

    /**
     * Runs the call with the scalar kernels and with the vector kernels, each writing into its own
     * copy of {@code start} (or a fresh array of {@code length}), and returns both outputs.
     */
    private double[][] run(KernelCall call, int length, double[] start) {
        outputs[0] = start == null ? new double[length] : start.clone();
        outputs[1] = start == null ? new double[length] : start.clone();
        call.run(SCALAR);
        call.run(VECTOR);
        return new double[][] {outputs[0], outputs[1]};
    }

    /** The vector output matches the plain loop and the scalar output. */
    private static void agree(double[][] scalarAndVector, double[] expected) {
        assertThat(scalarAndVector[0]).as("scalar against the plain loop").containsExactly(expected, within(TOLERANCE));
        assertThat(scalarAndVector[1]).as("vector against the plain loop").containsExactly(expected, within(TOLERANCE));
        assertThat(scalarAndVector[1]).as("vector against scalar").containsExactly(scalarAndVector[0], within(TOLERANCE));
    }
}
