package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The matvec adjoint that overwrites W̄ on its first contribution, with x̄ wanted too, against
 * W̄ = ȳ·xᵀ and x̄ = Wᵀ·ȳ summed in plain loops here: W and x read at offsets in shared arrays,
 * sizes that leave both a block of four rows and a vector lane unfilled, and W̄ and x̄ in one
 * point adjoint holding a stale sweep's values that must be overwritten or added to as asked.
 */
class MatVecAssignAdjointTest {

    private static final int ROWS = 7;
    private static final int COLS = 13;
    private static final int W_OFFSET = 3;
    private static final int X_OFFSET = W_OFFSET + ROWS * COLS + 2;
    private static final double STALE = 1e3;

    private final Random random = new Random(29);
    private final double[] values = random.doubles(X_OFFSET + COLS + 1, -2, 2).toArray();
    private final double[] yBar = random.doubles(ROWS, -2, 2).toArray();
    private final OperandLayout layout = new OperandLayout(new int[] {W_OFFSET, X_OFFSET},
            new int[] {ROWS * COLS, COLS});

    @Test
    void aFirstContributionOverwritesBothAdjoints() {
        double[][] adjoints = staleAdjoints();
        Primitives.MATVEC.vjpAssign(new double[][] {values, values}, layout, new double[ROWS], yBar, adjoints,
                new boolean[] {true, true});
        assertAdjoints(adjoints, 0.0);
    }

    @Test
    void aLaterContributionToXBarIsAddedToWhatItHolds() {
        double[][] adjoints = staleAdjoints();
        Primitives.MATVEC.vjpAssign(new double[][] {values, values}, layout, new double[ROWS], yBar, adjoints,
                new boolean[] {true, false});
        assertAdjoints(adjoints, STALE);
    }

    private double[][] staleAdjoints() {
        double[] pointAdjoint = new double[values.length];
        Arrays.fill(pointAdjoint, STALE);
        return new double[][] {pointAdjoint, pointAdjoint};
    }

    private void assertAdjoints(double[][] adjoints, double xBarBefore) {
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLS; j++) {
                assertThat(adjoints[0][W_OFFSET + i * COLS + j]).as("W̄[%d][%d]", i, j)
                        .isCloseTo(yBar[i] * values[X_OFFSET + j], within(1e-14));
            }
        }
        for (int j = 0; j < COLS; j++) {
            double sum = xBarBefore;
            for (int i = 0; i < ROWS; i++) {
                sum += values[W_OFFSET + i * COLS + j] * yBar[i];
            }
            assertThat(adjoints[1][X_OFFSET + j]).as("x̄[%d]", j).isCloseTo(sum, within(1e-12));
        }
    }
}
