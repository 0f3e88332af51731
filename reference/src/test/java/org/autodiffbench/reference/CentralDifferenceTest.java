package org.autodiffbench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second-order central difference against known derivatives. */
class CentralDifferenceTest {

    private static final double CUBE_ROOT_OF_EPSILON = Math.cbrt(0x1p-52);

    /** The worked example of Baydin et al. (JMLR 18, 2018), f(x1, x2) = ln(x1) + x1·x2 − sin(x2), written out. */
    private static final VectorFunction WORKED_EXAMPLE =
            x -> new double[] {Math.log(x[0]) + x[0] * x[1] - Math.sin(x[1])};

    @Test
    void theStepIsTheCubeRootOfEpsilonTimesTheLargestMagnitudeButAtLeastOne() {
        assertThat(CentralDifference.step(new double[] {0.5, -3.0})).isEqualTo(CUBE_ROOT_OF_EPSILON * 3.0);
        assertThat(CentralDifference.step(new double[] {0.1, -0.2})).isEqualTo(CUBE_ROOT_OF_EPSILON);
        assertThat(CUBE_ROOT_OF_EPSILON).isCloseTo(6.055e-6, within(1e-9));
    }

    @Test
    void givesTheWorkedExamplesPartialDerivatives() {
        double[] x = {2, 5};
        Rho.assertClose("∂f/∂x1", CentralDifference.directionalDerivative(WORKED_EXAMPLE, x, new double[] {1, 0}),
                new double[] {5.5}, 1e-9);
        Rho.assertClose("∂f/∂x2", CentralDifference.directionalDerivative(WORKED_EXAMPLE, x, new double[] {0, 1}),
                new double[] {1.7163378145367738}, 1e-9);
        Rho.assertClose("∇f·(3, −4)", CentralDifference.directionalDerivative(WORKED_EXAMPLE, x, new double[] {3, -4}),
                new double[] {3 * 5.5 - 4 * 1.7163378145367738}, 1e-9);
    }

    @Test
    void givesJTimesVForEveryOutput() {
        VectorFunction f = x -> new double[] {Math.sin(x[0]), x[0] * x[1] * x[1], Math.exp(x[1])};
        double[] x = {0.3, -1.2};
        double[] v = {1.0, 2.0};
        double[] expected = {Math.cos(0.3), 1.44 * 1.0 + 2 * 0.3 * -1.2 * 2.0, Math.exp(-1.2) * 2.0};
        Rho.assertClose("J·v", CentralDifference.directionalDerivative(f, x, v), expected, 1e-9);
    }

    @Test
    void movesThePointByTheStepAlongTheUnitDirection() {
        List<double[]> points = new ArrayList<>();
        VectorFunction recording = x -> {
            points.add(x.clone());
            return new double[] {x[0] + 2 * x[1]};
        };
        double[] x = {4.0, 1.0};
        double[] derivative = CentralDifference.directionalDerivative(recording, x, new double[] {3, 4});
        double h = CentralDifference.step(x);
        assertThat(points).hasSize(2);
        assertThat(points.get(0)).containsExactly(new double[] {4 + 0.6 * h, 1 + 0.8 * h}, within(1e-15));
        assertThat(points.get(1)).containsExactly(new double[] {4 - 0.6 * h, 1 - 0.8 * h}, within(1e-15));
        assertThat(x).as("the caller's point").containsExactly(4.0, 1.0);
        assertThat(derivative[0]).isCloseTo(3 + 2 * 4, within(1e-9));
    }

    @Test
    void aZeroDirectionHasZeroDerivativeAndAMismatchedOneIsRefused() {
        assertThat(CentralDifference.directionalDerivative(WORKED_EXAMPLE, new double[] {2, 5}, new double[2]))
                .containsExactly(0.0);
        assertThatThrownBy(() -> CentralDifference.directionalDerivative(WORKED_EXAMPLE, new double[] {2, 5},
                new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("direction has 3 entries but the point has 2");
    }
}
