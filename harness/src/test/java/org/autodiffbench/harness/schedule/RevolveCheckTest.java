package org.autodiffbench.harness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevolveCheckTest {

    /**
     * Revolve's table, p(l, s) = t·l − C(s+t, t−1) with t the least repetition number such that
     * β(s, t) = C(s+t, s) ≥ l (Griewank and Walther, "Algorithm 799: Revolve", ACM TOMS 26(1),
     * 2000): l, s, t, p(l, s).
     */
    @ParameterizedTest(name = "p({0}, {1}) = {3}")
    @CsvSource({"10,1,9,45", "10,2,3,20", "10,3,2,15", "20,3,3,45", "55,3,5,205", "56,5,3,140", "100,5,4,316",
        "100,10,3,222", "1000,10,4,3636"})
    void theFormulaGivesTheReferenceTable(int l, int s, int t, long p) {
        RevolveCheck check = RevolveCheck.of(l, s, p);
        assertThat(check.repetitions()).isEqualTo(t);
        assertThat(check.formula()).isEqualTo(p);
        assertThat(check.minimalAdvances()).isEqualTo(p);
        assertThat(check.binomial()).isEqualTo((long) t * l - p);
        assertThat(check.ok()).isTrue();
        assertThat(check.describe()).endsWith(": ok");
    }

    @Test
    void theWorkedLineForTenStagesAndThreeSnapshots() {
        assertThat(RevolveCheck.of(10, 3, 15).describe()).isEqualTo("p(10, 3) = t·l − C(s+t, t−1) = 2·10 − C(5, 1) "
                + "= 20 − 5 = 15; Revolve.minimalAdvances gives 15; the schedule advances 15 times: ok");
    }

    @Test
    void aScheduleThatAdvancesMoreIsAMismatch() {
        RevolveCheck check = RevolveCheck.of(100, 5, 317);
        assertThat(check.ok()).isFalse();
        assertThat(check.describe()).endsWith("the schedule advances 317 times: MISMATCH");
    }

    @Test
    void binomialCoefficientsFollowPascalsRule() {
        long[] row = {1};
        for (int n = 0; n <= 40; n++) {
            for (int k = 0; k <= n; k++) {
                assertThat(RevolveCheck.choose(n, k)).as("C(%d, %d)", n, k).isEqualTo(row[k]);
            }
            assertThat(RevolveCheck.choose(n, -1)).isZero();
            long[] next = new long[n + 2];
            for (int k = 0; k <= n + 1; k++) {
                next[k] = (k > 0 ? row[k - 1] : 0) + (k <= n ? row[k] : 0);
            }
            row = next;
        }
    }
}
