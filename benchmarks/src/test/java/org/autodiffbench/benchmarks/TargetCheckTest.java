package org.autodiffbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.benchmarks.TargetCheck.Verdict;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    @Test
    void aRatioIsTheMeasuredTimeOverTheBaseline() {
        TargetCheck check = TargetCheck.ratio("t", "m", 3.0, 2.0, 2.0, true, "");
        assertThat(check.value()).isEqualTo(1.5);
        assertThat(check.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aRatioExactlyAtTheLimitIsMetAndJustAboveIsMissed() {
        assertThat(TargetCheck.ratio("t", "m", 2.6, 2.0, 1.3, true, "").verdict()).isEqualTo(Verdict.MET);
        assertThat(TargetCheck.ratio("t", "m", 2.6000001, 2.0, 1.3, true, "").verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aTimeThatWasNotMeasuredMissesItsTarget() {
        assertThat(TargetCheck.ratio("t", "m", Double.NaN, 2.0, 2.0, true, "").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(TargetCheck.ratio("t", "m", 1.0, Double.NaN, 2.0, true, "").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(TargetCheck.allocation("t", "m", Double.NaN, 64).verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aModelWithoutABaselineIsNeitherMetNorMissed() {
        TargetCheck check = TargetCheck.ratio("t", "scalar-dag:256", 5.0, Double.NaN, 2.0, false, "");
        assertThat(check.verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(check.row()).isEqualTo("| t | scalar-dag:256 |  | — | 2.00 | no baseline |");
    }

    @Test
    void allocationIsBytesPerCallAgainstTheLimit() {
        assertThat(TargetCheck.allocation("t", "m", 64.0, 64).verdict()).isEqualTo(Verdict.MET);
        assertThat(TargetCheck.allocation("t", "m", 65.0, 64).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(TargetCheck.allocation("t", "m", 65.0, 64).row()).isEqualTo("| t | m |  | 65.00 | 64 | MISSED |");
    }
}
