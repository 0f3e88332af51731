package org.autodiffbench.harness.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Holds an engine to the answer it gave when checked: the last call of every timed fork, made at
 * the same point, must be finite and equal to the checked answer within ρ {@value #TOLERANCE}
 * (room for a different summation order, none for a different result). An engine that agrees
 * when checked and answers NaN, or something else, while it is timed has not earned its time.
 */
public final class TimedAnswerCheck {

    /** The largest ρ between a timed answer and the checked one. */
    public static final double TOLERANCE = 1e-12;
    static final String DIFFERS = "the result during timing differs from the checked one: ";

    private TimedAnswerCheck() {
    }

    /**
     * Why the timed answers do not stand for the checked one, or empty when they all do.
     *
     * @param timed the last answer of each fork, in fork order
     */
    public static Optional<String> mismatch(Answer checked, List<Candidate> timed) {
        if (timed.isEmpty()) {
            return Optional.of("no JMH fork reported the result of its last timed call, so the time cannot be"
                    + " matched to the checked answer");
        }
        for (Candidate answer : timed) {
            String where = timed.size() == 1 ? "" : " in " + answer.source().replace("timed in ", "");
            String nonFinite = answer.firstNonFinite();
            if (nonFinite != null) {
                return Optional.of(DIFFERS + nonFinite + where);
            }
            AnswerAgreement pair;
            try {
                pair = AnswerAgreement.compare(List.of(new Candidate("checked", checked.value(),
                        checked.derivative()), new Candidate("timed", answer.value(), answer.derivative())), TOLERANCE);
            } catch (IllegalArgumentException e) {
                return Optional.of(DIFFERS + e.getMessage() + where);
            }
            if (!pair.ok()) {
                return Optional.of(DIFFERS + String.format(Locale.ROOT, "ρ %s > %s at %s%s",
                        DerivativeCheck.number(pair.maxRho()), DerivativeCheck.number(TOLERANCE),
                        pair.worst().substring(pair.worst().lastIndexOf(" at ") + 4), where));
            }
        }
        return Optional.empty();
    }
}
