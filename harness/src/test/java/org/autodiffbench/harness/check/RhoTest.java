package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RhoTest {

    @Test
    void isAnAbsoluteErrorNearZero() {
        assertThat(Rho.of(0.0, 1e-10)).isEqualTo(1e-10);
        assertThat(Rho.of(0.25, -0.25)).isEqualTo(0.5);
    }

    @Test
    void isARelativeErrorForLargeValues() {
        assertThat(Rho.of(1e6, 1e6 + 1)).isCloseTo(1.0 / (2e6 + 1), within(1e-20));
        assertThat(Rho.of(-3, -3)).isZero();
    }

    @Test
    void isSymmetricAndAtMostOne() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            double y = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            assertThat(Rho.of(x, y)).isEqualTo(Rho.of(y, x)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void isNaNForNonFiniteNumbers() {
        assertThat(Rho.of(Double.NaN, Double.NaN)).isNaN();
        assertThat(Rho.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isNaN();
        assertThat(Rho.of(1, Double.NEGATIVE_INFINITY)).isNaN();
    }
}
