package org.autodiffbench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** ρ(a, b) = |a − b| / max(1, |a| + |b|) against hand calculations, and its one meaning for non-finite numbers. */
class RhoTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void isTheAbsoluteErrorNearZeroAndTheRelativeErrorForLargeNumbers() {
        assertThat(Rho.of(0.0, 1e-10)).isEqualTo(1e-10);
        assertThat(Rho.of(0.25, -0.25)).isEqualTo(0.5);
        assertThat(Rho.of(3.0, 5.0)).isEqualTo(0.25);
        assertThat(Rho.of(1e6, 1e6 + 1)).isEqualTo(1.0 / (2e6 + 1));
        assertThat(Rho.of(-3.0, -3.0)).isZero();
    }

    @Test
    void isSymmetricAndBetweenZeroAndOneForFiniteNumbers() {
        Random random = new Random(5);
        for (int k = 0; k < 1000; k++) {
            double a = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            double b = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            assertThat(Rho.of(a, b)).as("ρ(%s, %s)", a, b).isEqualTo(Rho.of(b, a)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void doesNotOverflowForTheLargestFiniteNumbers() {
        assertThat(Rho.of(Double.MAX_VALUE, -Double.MAX_VALUE)).isEqualTo(1.0);
        assertThat(Rho.of(Double.MAX_VALUE, Double.MAX_VALUE)).isZero();
        assertThat(Rho.of(Double.MAX_VALUE, 0.0)).isEqualTo(1.0);
    }

    @Test
    void theSameNonFiniteNumberTwiceAgrees() {
        assertThat(Rho.of(NAN, NAN)).isZero();
        assertThat(Rho.of(INF, INF)).isZero();
        assertThat(Rho.of(-INF, -INF)).isZero();
        assertThat(Rho.of(Math.log(-1), Math.sqrt(-1))).as("two NaN of any origin").isZero();
    }

    @Test
    void anyOtherPairWithANonFiniteMemberIsInfinitelyFarApart() {
        double[][] pairs = {{NAN, 1.0}, {1.0, NAN}, {INF, 1.0}, {-INF, 0.0}, {INF, -INF}, {NAN, INF},
            {-INF, NAN}, {Double.MAX_VALUE, INF}};
        for (double[] pair : pairs) {
            assertThat(Rho.of(pair[0], pair[1])).as("ρ(%s, %s)", pair[0], pair[1]).isEqualTo(INF);
        }
    }

    @Test
    void maxIsTheLargestEntryAndRefusesArraysOfDifferentLengths() {
        assertThat(Rho.max(new double[0], new double[0])).isZero();
        assertThat(Rho.max(new double[] {1, 2, 0}, new double[] {1, 3, 0.05})).isEqualTo(0.2);
        assertThat(Rho.max(new double[] {NAN, 2}, new double[] {NAN, 2})).isZero();
        assertThat(Rho.max(new double[] {1, 2}, new double[] {1, INF})).isEqualTo(INF);
        assertThat(Rho.max(new double[] {NAN, 2}, new double[] {1, 2})).as("never NaN").isEqualTo(INF);
        assertThatThrownBy(() -> Rho.max(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ρ compares arrays of one length, got 2 and 3 entries");
    }

    @Test
    void assertCloseNamesTheFirstEntryOutOfBounds() {
        Rho.assertClose("gradient", new double[] {1.0, NAN, INF}, new double[] {1.0 + 1e-13, NAN, INF}, 1e-12);
        assertThatThrownBy(() -> Rho.assertClose("gradient", new double[] {1, 2, 3}, new double[] {1, 2.5, 4}, 1e-12))
                .isInstanceOf(AssertionError.class)
                .hasMessage("gradient[1] is 2.0 but the reference is 2.5 (ρ = 0.1111111111111111 > 1.0E-12)");
        assertThatThrownBy(() -> Rho.assertClose("value", NAN, 1.0, 1e-12))
                .isInstanceOf(AssertionError.class)
                .hasMessage("value[0] is NaN but the reference is 1.0 (ρ = Infinity > 1.0E-12)");
        assertThatThrownBy(() -> Rho.assertClose("y", new double[2], new double[3], 1e-12))
                .isInstanceOf(AssertionError.class)
                .hasMessage("y has 2 entries, expected 3");
    }
}
