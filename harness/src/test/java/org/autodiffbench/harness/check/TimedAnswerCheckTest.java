package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The last timed answers of a cell's forks must be the answer it was checked with. */
class TimedAnswerCheckTest {

    private static final Answer CHECKED = new Answer("engine", new double[] {11.652071455223084},
            new double[] {5.5, 1.7163378145367738, -3.0, 0.25}, Optional.empty());

    private static Candidate timed(int fork, double value, double... derivative) {
        return new Candidate("timed in fork " + fork, new double[] {value}, derivative);
    }

    @Test
    void theSameAnswerInEveryForkStands() {
        assertThat(TimedAnswerCheck.mismatch(CHECKED, List.of(
                timed(1, 11.652071455223084, 5.5, 1.7163378145367738, -3.0, 0.25),
                timed(2, 11.652071455223084, 5.5, 1.7163378145367738, -3.0, 0.25)))).isEmpty();
    }

    @Test
    void aLastBitOfRoundingStands() {
        assertThat(TimedAnswerCheck.mismatch(CHECKED, List.of(
                timed(1, Math.nextUp(11.652071455223084), 5.5, Math.nextDown(1.7163378145367738), -3.0, 0.25))))
                .isEmpty();
    }

    @Test
    void aNanWhileTimedIsNamedWithItsPlace() {
        assertThat(TimedAnswerCheck.mismatch(CHECKED, List.of(
                timed(1, 11.652071455223084, 5.5, 1.7163378145367738, -3.0, Double.NaN))))
                .contains("the result during timing differs from the checked one: derivative[3] is NaN");
    }

    @Test
    void aDifferentNumberInOneOfSeveralForksIsNamedWithItsFork() {
        assertThat(TimedAnswerCheck.mismatch(CHECKED, List.of(
                timed(1, 11.652071455223084, 5.5, 1.7163378145367738, -3.0, 0.25),
                // ρ = |3 · 1e-9| / max(1, 3 + 3) = 5e-10
                timed(2, 11.652071455223084, 5.5, 1.7163378145367738, -3.0 * (1 + 1e-9), 0.25))))
                .contains("the result during timing differs from the checked one: ρ 5.0e-10 > 1.0e-12 at"
                        + " derivative[2] in fork 2");
    }

    @Test
    void noTimedAnswerAtAllIsNotTakenForAgreement() {
        assertThat(TimedAnswerCheck.mismatch(CHECKED, List.of())).get().asString()
                .startsWith("no JMH fork reported the result of its last timed call");
    }
}
