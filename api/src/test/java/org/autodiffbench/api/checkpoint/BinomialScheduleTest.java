package org.autodiffbench.api.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BinomialScheduleTest {

    /**
     * Revolve's table, (l, s, t, p(l, s)): p(l, s) = t·l − C(s+t, t−1) with t the least repetition
     * number such that β(s, t) = C(s+t, s) ≥ l (Griewank and Walther, "Algorithm 799: Revolve",
     * ACM TOMS 26(1), 2000).
     */
    static Stream<Arguments> revolveTable() {
        return Stream.of(Arguments.of(10, 1, 9, 45), Arguments.of(10, 2, 3, 20), Arguments.of(10, 3, 2, 15),
                Arguments.of(20, 3, 3, 45), Arguments.of(55, 3, 5, 205), Arguments.of(56, 5, 3, 140),
                Arguments.of(100, 5, 4, 316), Arguments.of(100, 10, 3, 222), Arguments.of(1000, 10, 4, 3636));
    }

    @ParameterizedTest(name = "l={0} s={1}")
    @MethodSource("revolveTable")
    void matchesTheRevolveTable(int l, int s, int t, long p) {
        assertThat(Revolve.repetitions(l, s)).isEqualTo(t);
        assertThat(Revolve.minimalAdvances(l, s)).isEqualTo(p);
        BinomialSchedule schedule = new BinomialSchedule(l, s);
        ScheduleTotals totals = schedule.totals();
        assertThat(totals.advances()).isEqualTo(p);
        assertThat(totals.stageEvaluations()).isEqualTo(p + l);
        assertThat(totals.tapedSteps()).isEqualTo(l);
        assertThat(totals.peakSnapshots()).isLessThanOrEqualTo(s);
        assertThat(totals.peakTapedStages()).isEqualTo(1);
        ScheduleReplay.check(schedule);
    }

    /** m(1, s) = 0; m(n, 1) = n(n−1)/2; m(n, s) = min over 1 ≤ i < n of i + m(i, s) + m(n−i, s−1). */
    private static long[][] recurrence(int maxL, int maxS) {
        long[][] m = new long[maxL + 1][maxS + 1];
        for (int n = 1; n <= maxL; n++) {
            for (int s = 1; s <= maxS; s++) {
                if (n == 1) {
                    m[n][s] = 0;
                } else if (s == 1) {
                    m[n][s] = (long) n * (n - 1) / 2;
                } else {
                    long best = Long.MAX_VALUE;
                    for (int i = 1; i < n; i++) {
                        best = Math.min(best, i + m[i][s] + m[n - i][s - 1]);
                    }
                    m[n][s] = best;
                }
            }
        }
        return m;
    }

    @Test
    void agreesWithTheRecurrenceForEveryChainUpTo60StagesAnd8Snapshots() {
        long[][] m = recurrence(60, 8);
        for (int l = 1; l <= 60; l++) {
            for (int s = 1; s <= 8; s++) {
                BinomialSchedule schedule = new BinomialSchedule(l, s);
                ScheduleTotals totals = schedule.totals();
                assertThat(Revolve.minimalAdvances(l, s)).as("p(%d, %d)", l, s).isEqualTo(m[l][s]);
                assertThat(totals.advances()).as("advances of l=%d s=%d", l, s).isEqualTo(m[l][s]);
                assertThat(totals.stageEvaluations()).isEqualTo(m[l][s] + l);
                assertThat(totals.peakSnapshots()).as("peak snapshots l=%d s=%d", l, s).isLessThanOrEqualTo(s);
                ScheduleReplay.check(schedule);
            }
        }
    }

    @Test
    void longChainsStayOptimalAndFast() {
        BinomialSchedule schedule = new BinomialSchedule(100_000, 316);
        ScheduleTotals totals = schedule.totals();
        assertThat(totals.advances()).isEqualTo(Revolve.minimalAdvances(100_000, 316));
        assertThat(totals.peakSnapshots()).isLessThanOrEqualTo(316);
        ScheduleReplay.check(schedule);
    }

    @Test
    void oneSnapshotRecomputesFromTheStartEveryTime() {
        // l = 4, s = 1: advance 0,1,2 then tape 3; restore, advance 0,1, tape 2; …
        assertThat(new BinomialSchedule(4, 1).actions()).extracting(Object::toString).containsExactly(
                "take-snapshot 0", "advance 0", "advance 1", "advance 2", "taped-step 3", "adjoint-step 3",
                "restore 0", "advance 0", "advance 1", "taped-step 2", "adjoint-step 2",
                "restore 0", "advance 0", "taped-step 1", "adjoint-step 1",
                "restore 0", "taped-step 0", "adjoint-step 0", "free-snapshot 0");
    }

    @Test
    void refusesImpossibleBudgets() {
        assertThatThrownBy(() -> new BinomialSchedule(10, 0)).hasMessage("snapshots must be at least 1, got 0");
        assertThatThrownBy(() -> new BinomialSchedule(0, 3)).hasMessage("a schedule needs at least one stage, got 0");
    }
}
