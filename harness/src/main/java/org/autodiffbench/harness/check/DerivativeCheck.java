package org.autodiffbench.harness.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.ReferenceKind;

/**
 * Checks what an engine answered against every reference there is: the family's hand-written
 * derivative, the reference engine (unless it is the engine checked) and central finite
 * differences of the primal. The exact references are held to the campaign's tolerance, finite
 * differences to one set by their own error estimate ({@link FiniteDifferenceCheck}); each
 * reference is recorded with its ρ and the tolerance it was judged by. Finite differences too
 * inaccurate to judge are recorded as inconclusive, with no tolerance and a note saying how far
 * they reach, and decide nothing.
 */
public final class DerivativeCheck {

    /** The engine every other is checked against; its value() is the primal of a model without a hand-written one. */
    public static final String REFERENCE_ENGINE = "reverse";
    static final String FINITE_DIFFERENCES = "finite differences";

    private DerivativeCheck() {
    }

    /** How the check ended: {@link Outcome#OK} or {@link Outcome#DISAGREES} with the reason, and the agreement. */
    public record Verdict(Outcome outcome, String reason, Agreement agreement) {
    }

    /** One exact reference's answer. */
    private record Exact(String name, ReferenceKind kind, Answer answer) {
    }

    /**
     * Checks {@code call}'s last answer.
     *
     * @param engine the id of the engine that answered
     * @param tolerance the largest ρ against the exact references
     * @param directions how many random directions the finite-difference check uses
     */
    public static Verdict check(String engine, ModelInstance instance, EngineRegistry registry, OperatorCall call,
                                long seed, double tolerance, int directions) {
        Answer answer = call.answer();
        String nonFinite = answer.firstNonFinite();
        Operator operator = call.operator();
        List<Exact> exact = new ArrayList<>();
        List<ReferenceCheck> failures = new ArrayList<>();
        PreparedDiff hand = null;
        if (instance.handDerivative().isPresent()) {
            hand = new HandPrepared(instance.handDerivative().get(), instance.graph());
            if (operator == Operator.VALUE || operator == Operator.GRADIENT || operator == Operator.JACOBIAN) {
                answerOf(hand, operator, instance, seed, ReferenceKind.HAND, failures)
                        .ifPresent(a -> exact.add(new Exact(HandPrepared.ID, ReferenceKind.HAND, a)));
            }
        }
        PreparedDiff reverse = null;
        Optional<DiffEngine> reference = registry.find(REFERENCE_ENGINE);
        if (!engine.equals(REFERENCE_ENGINE) && reference.isPresent()) {
            try {
                reverse = reference.get().prepare(instance.graph(), EngineOptions.none());
                if (reference.get().capabilities().contains(operator)) {
                    answerOf(reverse, operator, instance, seed, ReferenceKind.ENGINE, failures)
                            .ifPresent(a -> exact.add(new Exact(REFERENCE_ENGINE, ReferenceKind.ENGINE, a)));
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new ReferenceCheck(REFERENCE_ENGINE, ReferenceKind.ENGINE, null, null,
                        "failed: " + Failures.describe(e)));
            }
        }

        List<ReferenceCheck> checks = new ArrayList<>();
        double maxRho = 0.0;
        String worst = null;
        for (Exact r : exact) {
            AnswerAgreement pair = AnswerAgreement.compare(List.of(answer.candidate(), r.answer().candidate()),
                    tolerance);
            if (!pair.finite() && nonFinite == null) {
                nonFinite = "the " + r.name() + " reference is not finite: " + pair.note();
            }
            checks.add(new ReferenceCheck(r.name(), r.kind(), pair.maxRho(), tolerance, null));
            if (pair.maxRho() >= maxRho) {
                maxRho = pair.maxRho();
                worst = pair.worst();
            }
        }

        PreparedDiff primal = hand != null ? hand : reverse != null ? reverse : call.target();
        FiniteDifferenceCheck.Result fd = null;
        if (nonFinite == null) {
            try {
                fd = FiniteDifferenceCheck.check(call, primal, instance.point(), directions, seed);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new ReferenceCheck(FINITE_DIFFERENCES, ReferenceKind.FINITE_DIFFERENCES, null, null,
                        "failed: " + Failures.describe(e)));
            }
        }
        Double fdRho = fd == null || !Double.isFinite(fd.maxRho()) ? null : fd.maxRho();
        Double fdTolerance = fd == null || !fd.conclusive() ? null : fd.tolerance();
        if (fd != null) {
            String how = String.format(Locale.ROOT, "%d direction%s of %s's value", fd.directions(),
                    fd.directions() == 1 ? "" : "s", primal.engineId());
            checks.add(new ReferenceCheck(FINITE_DIFFERENCES, ReferenceKind.FINITE_DIFFERENCES, fdRho, fdTolerance,
                    fd.conclusive() ? how : inconclusive(fd) + " (" + how + ")"));
        }
        checks.addAll(failures);

        boolean anyExact = !exact.isEmpty();
        Double reportedRho = anyExact ? Double.valueOf(maxRho) : fdRho;
        Double reportedTolerance = anyExact ? Double.valueOf(tolerance) : fdTolerance;
        if (nonFinite != null) {
            return new Verdict(Outcome.DISAGREES, "non-finite: " + nonFinite,
                    new Agreement(null, reportedTolerance, null, checks));
        }
        Agreement agreement = new Agreement(reportedRho, reportedTolerance, worst, checks);
        if (anyExact && maxRho > tolerance) {
            return new Verdict(Outcome.DISAGREES, String.format(Locale.ROOT, "ρ %s > tolerance %s (%s)",
                    number(maxRho), number(tolerance), worst), agreement);
        }
        if (fd != null && fd.conclusive() && !fd.agrees()) {
            return new Verdict(Outcome.DISAGREES, String.format(Locale.ROOT,
                    "finite differences: ρ %s > tolerance %s", number(fd.maxRho()), number(fd.tolerance())),
                    agreement);
        }
        return new Verdict(Outcome.OK, null, agreement);
    }

    private static Optional<Answer> answerOf(PreparedDiff target, Operator operator, ModelInstance instance, long seed,
                                             ReferenceKind kind, List<ReferenceCheck> failures) {
        try {
            OperatorCall call = OperatorCall.of(target, operator, instance.point(), seed);
            call.call();
            return Optional.of(call.answer());
        } catch (UnsupportedOperatorException e) {
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new ReferenceCheck(target.engineId(), kind, null, null, "failed: " + Failures.describe(e)));
            return Optional.empty();
        }
    }

    /** Why finite differences could not judge: how far they reach, or that no step gave a finite answer. */
    private static String inconclusive(FiniteDifferenceCheck.Result fd) {
        return Double.isFinite(fd.accuracy())
                ? "inconclusive: finite differences reach only ~" + number(fd.accuracy()) + " here"
                : "inconclusive: finite differences found no step with a finite answer here";
    }

    /** Two significant digits, as reasons quote ρ. */
    public static String number(double x) {
        return String.format(Locale.ROOT, "%.2g", x);
    }
}
