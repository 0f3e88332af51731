package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void theSameSeedAndPurposeGiveTheSameStream() {
        assertThat(Seeds.uniform(Seeds.random(42, "point"), 5, 1.0))
                .isEqualTo(Seeds.uniform(Seeds.random(42, "point"), 5, 1.0));
    }

    @Test
    void purposesAndNeighbouringSeedsGiveDifferentStreams() {
        double first = Seeds.random(42, "point").nextDouble();
        assertThat(Seeds.random(42, "graph").nextDouble()).isNotEqualTo(first);
        assertThat(Seeds.random(43, "point").nextDouble()).isNotEqualTo(first);
    }

    @Test
    void fillsOnlyTheRangeAskedForWithinTheBound() {
        double[] values = new double[1000];
        Seeds.fillUniform(Seeds.random(1, "test"), values, 10, 990, 0.25);
        assertThat(values[9]).isZero();
        assertThat(values[990]).isZero();
        double min = 1.0;
        double max = -1.0;
        for (int i = 10; i < 990; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        assertThat(min).isBetween(-0.25, -0.2);
        assertThat(max).isBetween(0.2, 0.25);
    }

    @Test
    void drawsBetweenTwoBoundsCoveringTheInterval() {
        java.util.Random random = Seeds.random(2, "test");
        double min = 10.0;
        double max = 0.0;
        for (int i = 0; i < 1000; i++) {
            double value = Seeds.between(random, 5.0, 15.0);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        assertThat(min).isBetween(5.0, 5.1);
        assertThat(max).isBetween(14.9, 15.0);
    }
}
