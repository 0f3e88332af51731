package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void twelveSignificantDigitsWithoutTrailingZeros() {
        assertThat(NumberText.format(5.5)).isEqualTo("5.5");
        assertThat(NumberText.format(1.7163378145367738)).isEqualTo("1.71633781454");
        assertThat(NumberText.format(-0.001)).isEqualTo("-0.001");
        assertThat(NumberText.format(1200)).isEqualTo("1200");
        assertThat(NumberText.format(0.0)).isEqualTo("0");
    }

    @Test
    void scientificForVerySmallOrLargeNumbers() {
        assertThat(NumberText.format(1e-16)).isEqualTo("1E-16");
        assertThat(NumberText.format(2.5e20)).isEqualTo("2.5E+20");
    }

    @Test
    void nonFiniteNumbersByName() {
        assertThat(NumberText.format(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }
}
