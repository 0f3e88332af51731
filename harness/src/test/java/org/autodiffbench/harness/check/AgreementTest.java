package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static Candidate c(String source, double value, double... derivative) {
        return new Candidate(source, new double[] {value}, derivative);
    }

    @Test
    void identicalAnswersAgree() {
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("forward", 1, 2, 3), c("reverse", 1, 2, 3)), 1e-9);
        assertThat(a.ok()).isTrue();
        assertThat(a.finite()).isTrue();
        assertThat(a.maxRho()).isZero();
        assertThat(a.note()).isEqualTo("agree");
    }

    @Test
    void theLargestRhoOverAllPairsDecides() {
        // hand differs from the engines in derivative[1] by 3e-6: ρ = 3e-6 / (3 + 3.000003).
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("forward", 1, 2, 3), c("reverse", 1, 2, 3 + 1e-12),
                c("hand", 1, 2, 3.000003)), 1e-9);
        assertThat(a.ok()).isFalse();
        assertThat(a.maxRho()).isBetween(4.99e-7, 5.01e-7);
        assertThat(a.worst()).isEqualTo("forward vs hand at derivative[1]");
        assertThat(a.note()).isEqualTo("disagree");
    }

    @Test
    void differencesWithinTheToleranceAgree() {
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("forward", 10, 5.5), c("reverse", 10, 5.5 + 1e-14)), 1e-9);
        assertThat(a.ok()).isTrue();
        assertThat(a.maxRho()).isPositive().isLessThan(1e-14);
    }

    @Test
    void identicalNaNsAreNeverAgreement() {
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("forward", Double.NaN, -1), c("reverse", Double.NaN, -1)), 1e-9);
        assertThat(a.finite()).isFalse();
        assertThat(a.ok()).isFalse();
        assertThat(a.note()).startsWith("non-finite: forward: value is NaN; reverse: value is NaN");
    }

    @Test
    void anInfiniteDerivativeIsNamed() {
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("forward", 0, 1, Double.POSITIVE_INFINITY)), 1e-9);
        assertThat(a.ok()).isFalse();
        assertThat(a.note()).contains("forward: derivative[1] is Infinity");
    }

    @Test
    void oneFiniteAnswerIsOkWithNothingToCompare() {
        AnswerAgreement a = AnswerAgreement.compare(List.of(c("reverse", 1, 2)), 1e-9);
        assertThat(a.ok()).isTrue();
        assertThat(a.worst()).isNull();
        assertThat(a.note()).contains("nothing to compare");
    }

    @Test
    void answersOfDifferentSizesAreRefused() {
        assertThatThrownBy(() -> AnswerAgreement.compare(List.of(c("a", 1, 2), c("b", 1, 2, 3)), 1e-9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different sizes");
    }
}
