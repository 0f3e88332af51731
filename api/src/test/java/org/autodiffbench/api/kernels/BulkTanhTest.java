package org.autodiffbench.api.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk tanh of both kernel sets against {@link Math#tanh}, element by element, in units in
 * the last place: the scalar kernels exactly, the vector ones within {@link DenseKernels#TANH_ULPS}.
 * Millions of arguments run in blocks, so that the JIT compiles the vector loop to its vector
 * form, which the interpreter does not run; edge cases sit among them, in every lane.
 */
class BulkTanhTest {

    private static final int BLOCK = 4096;
    private static final int BLOCKS = 750;
    private static final int OFF = 3;
    /** Where the saturating arguments start: beyond ±22, fdlibm's tanh returns ±1 exactly. */
    private static final double SATURATED = 22.0;
    private static final double[] EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-300, 0x1p-28, -0x1p-28,
        0.5493, -0.5493, 1.0, 19.1, -19.1, 20.0, 21.99, SATURATED, -SATURATED, 25.0, 30.0, -30.0,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
    };

    /** A kernel set and the most ulps its tanh may differ from Math.tanh. */
    private record KernelsAndBound(DenseKernels kernels, long ulps) {
        @Override
        public String toString() {
            return kernels.describe() + ", ≤ " + ulps + " ulps";
        }
    }

    static Stream<KernelsAndBound> bothKernelSets() {
        return Stream.of(new KernelsAndBound(ScalarKernels.INSTANCE, 0),
                new KernelsAndBound(new VectorKernels(), DenseKernels.TANH_ULPS));
    }

    /**
     * Steps from a to the reference value r along the ordered doubles (−0 one step below +0); 0
     * for two NaNs, and more than any bound when one is NaN or when a is outside [-1, 1], where
     * tanh never is (inside it, ordinals cannot overflow).
     */
    static long ulpsApart(double a, double r) {
        if (Double.isNaN(a) || Double.isNaN(r)) {
            return Double.isNaN(a) && Double.isNaN(r) ? 0 : Long.MAX_VALUE;
        }
        return Math.abs(a) > 1 ? Long.MAX_VALUE : Math.abs(ordinal(a) - ordinal(r));
    }

    /** The position of d among the doubles ordered by value, with −0 just below +0. */
    private static long ordinal(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    /** An argument from [-20, 20], from ±[2⁻⁶⁰, 2⁵] log-uniformly, or from where tanh saturates, ±[19, 31]. */
    private static double argument(Random random, int k) {
        double sign = random.nextBoolean() ? 1 : -1;
        return switch (k % 3) {
            case 0 -> -20 + 40 * random.nextDouble();
            case 1 -> sign * Math.pow(2, -60 + 65 * random.nextDouble());
            default -> sign * (19 + 12 * random.nextDouble());
        };
    }

    @ParameterizedTest
    @MethodSource("bothKernelSets")
    void millionsOfArgumentsAndTheEdgeCasesStayWithinTheBound(KernelsAndBound set) {
        Random random = new Random(41);
        double[] x = new double[OFF + BLOCK];
        double[] y = new double[BLOCK];
        long worst = 0;
        double worstArgument = 0;
        for (int block = 0; block < BLOCKS; block++) {
            for (int k = 0; k < BLOCK; k++) {
                x[OFF + k] = argument(random, k);
            }
            // Each block puts the edge cases in other lanes.
            System.arraycopy(EDGES, 0, x, OFF + block % 64, EDGES.length);
            set.kernels().tanh(x, OFF, y, 0, BLOCK);
            for (int k = 0; k < BLOCK; k++) {
                long ulps = ulpsApart(y[k], Math.tanh(x[OFF + k]));
                if (ulps > worst) {
                    worst = ulps;
                    worstArgument = x[OFF + k];
                }
            }
        }
        assertThat(worst).as("most ulps from Math.tanh, at x = %s", worstArgument).isLessThanOrEqualTo(set.ulps());
    }

    @ParameterizedTest
    @MethodSource("bothKernelSets")
    void signedZerosInfinitiesNanAndSaturationAreExact(KernelsAndBound set) {
        double[] x = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, SATURATED,
            -SATURATED, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE};
        double[] expected = {0.0, -0.0, 1.0, -1.0, Double.NaN, 1.0, -1.0, 1.0, -1.0, Double.MIN_VALUE,
            -Double.MIN_VALUE};
        // Every argument in every lane of a vector and in the scalar tail.
        double[] repeated = new double[x.length * 17];
        for (int k = 0; k < repeated.length; k++) {
            repeated[k] = x[k % x.length];
        }
        double[] y = new double[repeated.length];
        for (int warm = 0; warm < 20_000; warm++) {
            set.kernels().tanh(repeated, 0, y, 0, repeated.length);
        }
        for (int k = 0; k < repeated.length; k++) {
            // Compared as bits: NaN equals NaN, and −0 differs from +0.
            double want = expected[k % x.length];
            assertThat(Double.doubleToLongBits(y[k])).as("tanh(%s) at %d is %s, not %s", repeated[k], k, y[k], want)
                    .isEqualTo(Double.doubleToLongBits(want));
        }
    }

    @ParameterizedTest
    @MethodSource("bothKernelSets")
    void everyLengthAndOffsetWritesOnlyItsRangeAlsoInPlace(KernelsAndBound set) {
        Random random = new Random(43);
        for (int n = 0; n <= 40; n++) {
            double[] x = random.doubles(OFF + n + 2, -4, 4).toArray();
            double[] y = random.doubles(n + 5, -4, 4).toArray();
            double[] yBefore = y.clone();
            set.kernels().tanh(x, OFF, y, 2, n);
            double[] inPlace = x.clone();
            set.kernels().tanh(inPlace, OFF, inPlace, OFF, n);
            for (int k = 0; k < n; k++) {
                double exact = Math.tanh(x[OFF + k]);
                assertThat(ulpsApart(y[2 + k], exact)).as("n=%d k=%d", n, k).isLessThanOrEqualTo(set.ulps());
                assertThat(ulpsApart(inPlace[OFF + k], exact)).as("in place n=%d k=%d", n, k)
                        .isLessThanOrEqualTo(set.ulps());
            }
            assertThat(Arrays.copyOfRange(y, 0, 2)).as("before the range, n=%d", n)
                    .containsExactly(Arrays.copyOfRange(yBefore, 0, 2));
            assertThat(Arrays.copyOfRange(y, 2 + n, y.length)).as("after the range, n=%d", n)
                    .containsExactly(Arrays.copyOfRange(yBefore, 2 + n, y.length));
            assertThat(Arrays.copyOfRange(inPlace, 0, OFF)).containsExactly(Arrays.copyOfRange(x, 0, OFF));
            assertThat(Arrays.copyOfRange(inPlace, OFF + n, x.length))
                    .containsExactly(Arrays.copyOfRange(x, OFF + n, x.length));
        }
    }
}
