package org.autodiffbench.reports.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    record P(double x, double y) {
    }

    @Test
    void keepsOnlyTheNonDominatedPoints() {
        P reverse = new P(800, 20);
        P s8 = new P(40, 44);
        P uniform = new P(125, 27);
        P s2 = new P(28, 124);
        P dominated = new P(130, 50); // uniform is leaner and faster
        P tieWorse = new P(40, 60);   // s8 has the same memory and is faster
        List<P> front = ParetoFront.of(List.of(reverse, s8, uniform, s2, dominated, tieWorse), P::x, P::y);
        assertThat(front).containsExactly(s2, s8, uniform, reverse);
    }

    /** Checked against a sweep: sorted by x (then y), a point is on the front iff its y beats every y before it. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithASweepOnRandomPoints(long seed) {
        Random random = new Random(seed);
        List<P> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new P(random.nextInt(20), random.nextInt(20)));
        }
        List<P> sorted = points.stream().distinct()
                .sorted(Comparator.comparingDouble(P::x).thenComparingDouble(P::y)).toList();
        List<P> sweep = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (P p : sorted) {
            if (p.y() < best) {
                sweep.add(p);
                best = p.y();
            }
        }
        assertThat(ParetoFront.of(points, P::x, P::y).stream().distinct().toList()).isEqualTo(sweep);
    }
}
