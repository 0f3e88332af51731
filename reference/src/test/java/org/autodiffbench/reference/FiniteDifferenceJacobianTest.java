package org.autodiffbench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fourth-order Jacobian by columns against known derivatives. */
class FiniteDifferenceJacobianTest {

    @Test
    void theStepIsAThousandthOfTheCoordinateButAtLeastAThousandth() {
        assertThat(FiniteDifferenceJacobian.step(0.2)).isEqualTo(1e-3);
        assertThat(FiniteDifferenceJacobian.step(-5.0)).isEqualTo(5e-3);
    }

    @Test
    void theWorkedExamplesGradientIsItsOneRow() {
        VectorFunction f = x -> new double[] {Math.log(x[0]) + x[0] * x[1] - Math.sin(x[1])};
        Rho.assertClose("∇f of Baydin et al.'s worked example at (2, 5)", FiniteDifferenceJacobian.of(f, new double[] {2, 5}),
                new double[] {5.5, 1.7163378145367738}, 1e-10);
    }

    @Test
    void isRowMajorWithOneRowPerOutput() {
        VectorFunction f = x -> new double[] {x[0] * x[1], Math.sin(x[0]), x[1] * x[1] * x[1]};
        double[] x = {0.5, -2.0};
        double[] expected = {
            -2.0, 0.5,
            Math.cos(0.5), 0.0,
            0.0, 12.0};
        Rho.assertClose("J", FiniteDifferenceJacobian.of(f, x), expected, 1e-10);
        Rho.assertClose("column 1", FiniteDifferenceJacobian.column(f, x, 1), new double[] {0.5, 0.0, 12.0}, 1e-10);
    }

    /** The five-point stencil differentiates polynomials up to degree four exactly, up to rounding. */
    @Test
    void isExactForAQuartic() {
        VectorFunction quartic = x -> new double[] {Math.pow(x[0], 4) - 2 * x[0] * x[0] * x[0] + x[0]};
        double x = 1.5;
        Rho.assertClose("d/dx (x⁴ − 2x³ + x) at 1.5", FiniteDifferenceJacobian.column(quartic, new double[] {x}, 0),
                new double[] {4 * x * x * x - 6 * x * x + 1}, 1e-12);
    }
}
