package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;

class BaSparseJacobianTest {

    private static final int N = 2;
    private static final int M = 3;
    private static final int P = 4;
    private final BaInput input = BaInput.generated(N, M, P, new java.util.Random(21));
    private final BaProblem problem = new BaProblem(input);
    private final HandDerivative hand = BaFamily.handDerivative(input.feat());

    /**
     * The whole objective as a function of every camera, point and weight, written here from the
     * eval's definition: observation i sees camera i mod n and point i mod m; the 2p reprojection
     * errors come first, then the p weight errors.
     */
    private double[] objective(double[] z) {
        double[] out = new double[3 * P];
        for (int i = 0; i < P; i++) {
            double[] cam = Arrays.copyOfRange(z, 11 * (i % N), 11 * (i % N) + 11);
            double[] point = Arrays.copyOfRange(z, 11 * N + 3 * (i % M), 11 * N + 3 * (i % M) + 3);
            double w = z[11 * N + 3 * M + i];
            double[] block = BaFamilyTest.directResiduals(cam, point, w, input.feat());
            out[2 * i] = block[0];
            out[2 * i + 1] = block[1];
            out[2 * P + i] = block[2];
        }
        return out;
    }

    private double[] everyVariable() {
        double[] z = new double[11 * N + 3 * M + P];
        for (int c = 0; c < N; c++) {
            System.arraycopy(input.cam(), 0, z, 11 * c, 11);
        }
        for (int k = 0; k < M; k++) {
            System.arraycopy(input.x(), 0, z, 11 * N + 3 * k, 3);
        }
        Arrays.fill(z, 11 * N + 3 * M, z.length, input.w());
        return z;
    }

    @Test
    void theAssembledMatrixIsTheDenseJacobianOfTheWholeObjective() {
        BaSparseJacobian sparse = new BaSparseJacobian(problem);
        sparse.assemble(hand::jacobian);
        assertThat(sparse.rowCount()).isEqualTo(12);
        assertThat(sparse.columnCount()).isEqualTo(35);
        double[] dense = new double[12 * 35];
        for (int row = 0; row < 12; row++) {
            for (int k = sparse.rows()[row]; k < sparse.rows()[row + 1]; k++) {
                dense[row * 35 + sparse.cols()[k]] += sparse.vals()[k];
            }
        }
        VectorFunction whole = this::objective;
        Rho.assertClose("sparse Jacobian against differences of the whole objective", dense,
                FiniteDifferenceJacobian.of(whole, everyVariable()), 1e-7);
    }

    @Test
    void theLayoutIsGradBenchsReprojectionRowsThenWeightRows() {
        BaSparseJacobian sparse = new BaSparseJacobian(problem);
        sparse.assemble(hand::jacobian);
        assertThat(sparse.rows()).containsExactly(0, 15, 30, 45, 60, 75, 90, 105, 120, 121, 122, 123, 124);
        int[] firstRow = new int[15];
        for (int j = 0; j < 11; j++) {
            firstRow[j] = j;
        }
        firstRow[11] = 22;
        firstRow[12] = 23;
        firstRow[13] = 24;
        firstRow[14] = 31;
        assertThat(Arrays.copyOfRange(sparse.cols(), 0, 15)).containsExactly(firstRow);
        // Observation 3 sees camera 1 and point 0; its weight is column 34.
        assertThat(Arrays.copyOfRange(sparse.cols(), 90, 105)).containsExactly(
                11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 34);
        assertThat(Arrays.copyOfRange(sparse.cols(), 120, 124)).containsExactly(31, 32, 33, 34);
        assertThat(Arrays.copyOfRange(sparse.vals(), 120, 124)).containsOnly(-2 * input.w());
    }

    @Test
    void theResidualsAreEachObservationsBlock() {
        BaResiduals residuals = new BaResiduals(problem);
        residuals.evaluate(hand::value);
        double[] expected = objective(everyVariable());
        Rho.assertClose("reproj_err", residuals.reprojection(), Arrays.copyOfRange(expected, 0, 2 * P), 1e-13);
        Rho.assertClose("w_err", residuals.weight(), Arrays.copyOfRange(expected, 2 * P, 3 * P), 1e-13);
    }

    @Test
    void aProblemTooLargeForOneArrayIsRefusedSayingHowManyObservationsFit() {
        // (2³¹ − 17) / 31 = 69273665.5
        assertThat(BaSparseJacobian.entries(69_273_665)).isEqualTo(2_147_483_615);
        assertThatThrownBy(() -> BaSparseJacobian.entries(69_273_666)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Jacobian of 69273666 observations has 2147483646 entries, more than a Java array holds; "
                        + "use at most 69273665 observations");
    }
}
