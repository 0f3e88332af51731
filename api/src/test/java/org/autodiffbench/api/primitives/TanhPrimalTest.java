package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.autodiffbench.api.kernels.DenseKernels;
import org.junit.jupiter.api.Test;

/**
 * The tanh primitive's primal, the chosen kernels' bulk tanh, over a whole operand read from its
 * offset in the flat point: within {@link DenseKernels#TANH_ULPS} ulps of Math.tanh, element by
 * element.
 */
class TanhPrimalTest {

    @Test
    void thePrimalOfAnOperandAtAnOffsetIsItsTanhElementByElement() {
        int offset = 5;
        int n = 8 * 64 + 3;
        double[] point = new Random(47).doubles(offset + n + 4, -6, 6).toArray();
        double[] y = new double[n];
        for (int warm = 0; warm < 2_000; warm++) {
            Primitives.TANH.primal(new double[][] {point}, new OperandLayout(new int[] {offset}, new int[] {n}), y);
        }
        for (int k = 0; k < n; k++) {
            double exact = Math.tanh(point[offset + k]);
            assertThat(Math.abs(y[k] - exact)).as("tanh(%s) at %d", point[offset + k], k)
                    .isLessThanOrEqualTo(DenseKernels.TANH_ULPS * Math.ulp(exact));
        }
    }
}
