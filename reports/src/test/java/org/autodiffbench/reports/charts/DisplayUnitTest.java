package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayUnitTest {

    /** The unit is the largest not above the geometric middle of the range. */
    @ParameterizedTest
    @CsvSource({"10, 900, ns", "500, 5000000, µs", "2000, 4000, µs", "30000, 65000000000, ms", "2e9, 9e9, s",
        "0, 10, ns", "NaN, 10, ns"})
    void timesGetAReadableUnit(double min, double max, String symbol) {
        assertThat(DisplayUnit.time(min, max).symbol()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @CsvSource({"100, 900, B", "36864, 786432, KiB", "2048, 8640288, KiB", "1e7, 1e9, MiB", "3e9, 9e9, GiB"})
    void bytesGetABinaryUnit(double min, double max, String symbol) {
        assertThat(DisplayUnit.bytes(min, max).symbol()).isEqualTo(symbol);
    }

    @Test
    void scalesAndLabels() {
        DisplayUnit micro = DisplayUnit.time(500, 5e6);
        assertThat(micro.scale(11_700)).isEqualTo(11.7);
        assertThat(micro.label("time per call")).isEqualTo("time per call (µs)");
        assertThat(DisplayUnit.none().label("ratio")).isEqualTo("ratio");
    }
}
