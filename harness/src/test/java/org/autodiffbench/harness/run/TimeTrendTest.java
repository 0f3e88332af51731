package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTrendTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3})
    void anExactPowerLawIsExtrapolatedExactly(double exponent) {
        List<TimeTrend.Point> points = List.of(10, 20, 40).stream()
                .map(p -> new TimeTrend.Point(p, p, 2e-9 * Math.pow(p, exponent))).toList();
        TimeTrend.Prediction predicted = TimeTrend.predict(points, 1000, 1000).orElseThrow();
        assertThat(predicted.seconds()).isCloseTo(2e-9 * Math.pow(1000, exponent),
                within(1e-9 * Math.pow(1000, exponent)));
        assertThat(predicted.sizes()).containsExactly(10, 20, 40);
    }

    @Test
    void onlyTheLargestSizesCountSoAFlatStartDoesNotHideTheGrowth() {
        // t = 1 ms of overhead at the small sizes, then P² ns: the fit must follow the quadratic.
        List<TimeTrend.Point> points = List.of(new TimeTrend.Point(1, 1, 1e-3), new TimeTrend.Point(2, 2, 1e-3),
                new TimeTrend.Point(3, 10_000, 0.1), new TimeTrend.Point(4, 20_000, 0.4),
                new TimeTrend.Point(5, 40_000, 1.6));
        TimeTrend.Prediction predicted = TimeTrend.predict(points, 6, 80_000).orElseThrow();
        assertThat(predicted.seconds()).isCloseTo(6.4, within(1e-9));
        assertThat(predicted.sizes()).containsExactly(3, 4, 5);
    }

    @Test
    void fewerThanTwoDistinctSizesPredictNothing() {
        assertThat(TimeTrend.predict(List.of(), 100, 100)).isEmpty();
        assertThat(TimeTrend.predict(List.of(new TimeTrend.Point(10, 10, 1)), 100, 100)).isEmpty();
        assertThat(TimeTrend.predict(List.of(new TimeTrend.Point(10, 10, 1), new TimeTrend.Point(11, 10, 2)), 100, 100))
                .isEmpty();
    }

    @Test
    void aSizeThatLeavesTheParametersUnchangedIsFittedAgainstTheSize() {
        // 128 parameters at every size, the time linear in the size: 4096 points take 4 × 1024's.
        List<TimeTrend.Point> points = List.of(new TimeTrend.Point(256, 128, 0.025), new TimeTrend.Point(1024, 128, 0.1));
        TimeTrend.Prediction predicted = TimeTrend.predict(points, 4096, 128).orElseThrow();
        assertThat(predicted.seconds()).isCloseTo(0.4, within(1e-9));
        assertThat(predicted.sizes()).containsExactly(256, 1024);
    }
}
