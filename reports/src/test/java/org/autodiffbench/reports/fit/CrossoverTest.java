package org.autodiffbench.reports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.autodiffbench.reports.analysis.Point;
import org.junit.jupiter.api.Test;

class CrossoverTest {

    private static Point ratio(double x, double y) {
        return new Point(x, y, y, y, "");
    }

    /** forward = 100 ns × n, reverse = 150 ns × m: the ratio (n/m) / 1.5 is 1 at n/m = 1.5. */
    @Test
    void findsWhereAnExactRatioCrossesOne() {
        List<Point> ratios = List.of(0.25, 1.0, 4.0, 16.0).stream().map(x -> ratio(x, x / 1.5)).toList();
        Crossover crossover = Crossover.of(ratios).orElseThrow();
        assertThat(crossover.x()).isCloseTo(1.5, within(1e-9));
        assertThat(crossover.trend().slope()).isCloseTo(1, within(1e-12));
        assertThat(crossover.bracketed()).isTrue();
        assertThat(crossover.withinGrid()).isTrue();
    }

    @Test
    void aCrossoverOutsideTheGridIsSaidToBe() {
        List<Point> ratios = List.of(ratio(10, 2), ratio(100, 20), ratio(1000, 200));
        Crossover crossover = Crossover.of(ratios).orElseThrow();
        assertThat(crossover.x()).isCloseTo(5, within(1e-9));
        assertThat(crossover.bracketed()).isFalse();
        assertThat(crossover.withinGrid()).isFalse();
    }

    @Test
    void aFlatRatioHasNoCrossover() {
        assertThat(Crossover.of(List.of(ratio(1, 2), ratio(10, 2), ratio(100, 2)))).isEmpty();
        assertThat(Crossover.of(List.of(ratio(1, 2)))).isEmpty();
    }
}
