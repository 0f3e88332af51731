package org.autodiffbench.harness.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.agreement.Agreement;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reports.results.Outcome;

/**
 * Checks a cell's engine before it is timed, in the cell's own JVM: builds the model, prepares
 * the engine, makes one call and compares it with the hand-written derivative (where the family
 * has one), with the reverse engine (unless it is the engine) and with central finite differences;
 * then reads the call's statistics and times a few more calls for the budget.
 */
final class CellProbe {

    /** A first call this slow is its own estimate: no more calls are spent on the probe. */
    private static final double SLOW_CALL_SECONDS = 0.5;
    /** Warm calls run for at least this long (and at least 3 of them) to estimate one call. */
    private static final double WARM_SECONDS = 0.05;
    private static final double MAX_WARM_SECONDS = 1.0;
    private static final int MAX_WARM_CALLS = 10_000;

    private CellProbe() {
    }

    /** One exact reference's answer. */
    private record Reference(String name, Answer answer) {
    }

    static ProbeReport probe(CellTask task, EngineRegistry registry) {
        long start = System.nanoTime();
        Workload workload = task.workload();
        ModelInstance instance;
        try {
            instance = workload.instance();
        } catch (RuntimeException | StackOverflowError e) {
            return ProbeReport.stopped(Outcome.FAILED, "model: " + Failures.describe(e), 0, seconds(start));
        }
        long params = instance.parameterCount();
        OperatorCall call;
        try {
            call = workload.prepare(instance, registry);
        } catch (UnsupportedOperatorException e) {
            return ProbeReport.stopped(Outcome.UNSUPPORTED, e.getMessage(), params, seconds(start));
        } catch (RuntimeException | StackOverflowError e) {
            return ProbeReport.stopped(Outcome.FAILED, "prepare: " + Failures.describe(e), params, seconds(start));
        }
        double setupSeconds = seconds(start);

        long callStart = System.nanoTime();
        CallStatistics statistics;
        try {
            call.call();
        } catch (UnsupportedOperatorException e) {
            return ProbeReport.stopped(Outcome.UNSUPPORTED, e.getMessage(), params, setupSeconds);
        } catch (RuntimeException | StackOverflowError e) {
            return ProbeReport.stopped(Outcome.FAILED, "call: " + Failures.describe(e), params, setupSeconds);
        }
        double firstCallSeconds = seconds(callStart);
        Answer answer = call.answer();
        try {
            statistics = call.target().statistics();
        } catch (RuntimeException e) {
            return ProbeReport.stopped(Outcome.FAILED, "statistics: " + Failures.describe(e), params, setupSeconds);
        }

        Verdict verdict = agreement(task, instance, registry, call, answer);

        Double callSeconds = firstCallSeconds;
        Outcome outcome = verdict.outcome;
        String reason = verdict.reason;
        if (outcome == Outcome.OK && firstCallSeconds < SLOW_CALL_SECONDS) {
            try {
                callSeconds = warmCallSeconds(call);
            } catch (RuntimeException | StackOverflowError e) {
                outcome = Outcome.FAILED;
                reason = "call: " + Failures.describe(e) + " (on a later call; the first one answered)";
            }
        }
        // The output count m goes with the engine's own counters: the Jacobian crossover is read against n/m.
        java.util.Map<String, Long> details = new java.util.TreeMap<>(statistics.details());
        details.put("outputs", (long) instance.graph().outputSize());
        return new ProbeReport(outcome, reason, params, verdict.maxRho, verdict.tolerance, verdict.references,
                statistics.retainedBytes(), statistics.sweeps(), statistics.stageEvaluations(), statistics.flops(),
                details, setupSeconds, callSeconds);
    }

    /** The agreement part of a probe. */
    private record Verdict(Outcome outcome, String reason, Double maxRho, Double tolerance, String references) {
    }

    private static Verdict agreement(CellTask task, ModelInstance instance, EngineRegistry registry, OperatorCall call,
                                     Answer answer) {
        String nonFinite = firstNonFinite(answer);
        List<Reference> references = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Operator operator = task.operator();
        PreparedDiff hand = null;
        if (instance.handDerivative().isPresent()) {
            hand = new HandPrepared(instance.handDerivative().get(), instance.graph());
            if (operator == Operator.VALUE || operator == Operator.GRADIENT || operator == Operator.JACOBIAN) {
                answerOf(hand, operator, instance, task.seed(), notes)
                        .ifPresent(a -> references.add(new Reference(HandPrepared.ID, a)));
            }
        }
        PreparedDiff reverse = null;
        Optional<DiffEngine> reference = registry.find(Workload.REFERENCE_ENGINE);
        if (!task.engine().equals(Workload.REFERENCE_ENGINE) && reference.isPresent()) {
            try {
                reverse = reference.get().prepare(instance.graph(), EngineOptions.none());
                if (reference.get().capabilities().contains(operator)) {
                    answerOf(reverse, operator, instance, task.seed(), notes)
                            .ifPresent(a -> references.add(new Reference(Workload.REFERENCE_ENGINE, a)));
                }
            } catch (RuntimeException | StackOverflowError e) {
                notes.add("the reference engine failed: " + Failures.describe(e));
            }
        }

        double maxRho = 0.0;
        String worst = null;
        for (Reference r : references) {
            Agreement pair = Agreement.compare(List.of(answer.candidate(), r.answer().candidate()), task.tolerance());
            if (!pair.finite() && nonFinite == null) {
                nonFinite = "the " + r.name() + " reference is not finite: " + pair.note();
            }
            if (pair.maxRho() >= maxRho) {
                maxRho = pair.maxRho();
                worst = pair.worst();
            }
        }

        PreparedDiff primal = hand != null ? hand : reverse != null ? reverse : call.target();
        FiniteDifferenceCheck.Result fd = null;
        if (nonFinite == null) {
            try {
                fd = FiniteDifferenceCheck.check(call, primal, instance.point(), task.finiteDifferenceDirections(),
                        task.seed());
            } catch (RuntimeException | StackOverflowError e) {
                notes.add("finite differences failed: " + Failures.describe(e));
            }
        }

        List<String> names = new ArrayList<>(references.stream().map(Reference::name).toList());
        if (fd != null) {
            names.add(String.format(Locale.ROOT, "finite differences (%d direction%s of %s's value, max ρ %s,"
                            + " tolerance %s)", fd.directions(), fd.directions() == 1 ? "" : "s",
                    primal.engineId(), number(fd.maxRho()), number(FiniteDifferenceCheck.TOLERANCE)));
        }
        names.addAll(notes);
        String referencesLabel = names.isEmpty() ? "none" : String.join("; ", names);

        boolean exact = !references.isEmpty();
        Double fdRho = fd == null || Double.isNaN(fd.maxRho()) ? null : fd.maxRho();
        Double reportedRho = exact ? Double.valueOf(maxRho) : fdRho;
        Double tolerance = exact ? task.tolerance() : fd == null ? null : FiniteDifferenceCheck.TOLERANCE;
        if (nonFinite != null) {
            return new Verdict(Outcome.DISAGREES, "non-finite: " + nonFinite, null,
                    tolerance, referencesLabel);
        }
        if (exact && maxRho > task.tolerance()) {
            return new Verdict(Outcome.DISAGREES, String.format(Locale.ROOT, "ρ %s > tolerance %s (%s)",
                    number(maxRho), number(task.tolerance()), worst), reportedRho, tolerance, referencesLabel);
        }
        if (fd != null && !(fd.maxRho() <= FiniteDifferenceCheck.TOLERANCE)) {
            return new Verdict(Outcome.DISAGREES, String.format(Locale.ROOT,
                    "finite differences: ρ %s > tolerance %s", number(fd.maxRho()),
                    number(FiniteDifferenceCheck.TOLERANCE)), reportedRho, tolerance, referencesLabel);
        }
        return new Verdict(Outcome.OK, null, reportedRho, tolerance, referencesLabel);
    }

    private static Optional<Answer> answerOf(PreparedDiff target, Operator operator, ModelInstance instance, long seed,
                                             List<String> notes) {
        try {
            OperatorCall call = OperatorCall.of(target, operator, instance.point(), seed);
            call.call();
            return Optional.of(call.answer());
        } catch (UnsupportedOperatorException e) {
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            notes.add("the " + target.engineId() + " reference failed: " + Failures.describe(e));
            return Optional.empty();
        }
    }

    /** The mean time of warm calls after the checked one. */
    private static double warmCallSeconds(OperatorCall call) {
        long start = System.nanoTime();
        int calls = 0;
        double elapsed;
        do {
            call.call();
            calls++;
            elapsed = seconds(start);
        } while ((calls < 3 || elapsed < WARM_SECONDS) && calls < MAX_WARM_CALLS && elapsed < MAX_WARM_SECONDS);
        return elapsed / calls;
    }

    /** The first NaN or infinity in an answer, e.g. {@code derivative[3] is NaN}; null if all are finite. */
    private static String firstNonFinite(Answer answer) {
        double[] value = answer.value();
        for (int i = 0; i < value.length; i++) {
            if (!Double.isFinite(value[i])) {
                return "value[" + i + "] is " + value[i];
            }
        }
        double[] derivative = answer.derivative();
        for (int i = 0; i < derivative.length; i++) {
            if (!Double.isFinite(derivative[i])) {
                return "derivative[" + i + "] is " + derivative[i];
            }
        }
        return null;
    }

    static String number(double x) {
        return String.format(Locale.ROOT, "%.2g", x);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
