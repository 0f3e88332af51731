package org.autodiffbench.api.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniformScheduleTest {

    @ParameterizedTest(name = "l={0} k={1}")
    @CsvSource({"64,8", "256,16", "10,3", "7,7", "5,1", "100,10", "10000,100"})
    void costsOneExtraForwardSweepLessTheLastSegment(int l, int k) {
        UniformSchedule schedule = new UniformSchedule(l, k);
        ScheduleTotals totals = schedule.totals();
        int last = l - schedule.start(k - 1);
        assertThat(totals.tapedSteps()).isEqualTo(l);
        assertThat(totals.advances()).isEqualTo(l - last);
        assertThat(totals.stageEvaluations()).isEqualTo(2L * l - last);
        assertThat(totals.peakSnapshots()).isEqualTo(k - 1 == 0 ? 0 : k - 1);
        assertThat(totals.peakTapedStages()).isEqualTo((l + k - 1) / k);
        ScheduleReplay.check(schedule);
    }

    @ParameterizedTest
    @CsvSource({"64,8", "256,16", "2,1", "10000,100"})
    void defaultIsTheSquareRoot(int l, int k) {
        assertThat(UniformSchedule.defaultSegments(l)).isEqualTo(k);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "9", "100"})
    void storeAllTapesEveryStageOnce(int l) {
        ScheduleTotals totals = new StoreAllSchedule(l).totals();
        assertThat(totals.stageEvaluations()).isEqualTo(l);
        assertThat(totals.advances()).isZero();
        assertThat(totals.peakTapedStages()).isEqualTo(l);
        ScheduleReplay.check(new StoreAllSchedule(l));
    }
}
