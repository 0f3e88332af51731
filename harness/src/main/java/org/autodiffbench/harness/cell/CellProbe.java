package org.autodiffbench.harness.cell;

import java.util.Optional;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.DerivativeCheck;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.harness.check.OperatorCall;
import org.autodiffbench.harness.timing.CellModel;
import org.autodiffbench.harness.timing.Workload;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Preparation;
import org.autodiffbench.results.Problem;

/**
 * Checks a cell's engine before it is timed, in the cell's own JVM: builds the model, prepares
 * the engine and times its prepares ({@link PreparationTiming}), makes one call and checks it
 * ({@link DerivativeCheck}); then reads the call's statistics and times a few more calls for the budget. It keeps the checked answer, which
 * the timed calls must give again.
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

    /**
     * What the probe found, and the answer it checked, which the timed calls must give again.
     *
     * @param answer the checked call's answer; null when the engine did not answer
     */
    record Probe(ProbeReport report, Answer answer) {
    }

    static Probe probe(CellTask task, EngineRegistry registry) {
        long start = System.nanoTime();
        Optional<DiffEngine> engine = registry.find(task.cell().engine());
        EngineFacts facts = engine.map(EngineFacts::of).orElse(null);
        CellModel model;
        try {
            model = Workload.build(task.cell().model());
        } catch (RuntimeException | StackOverflowError e) {
            return stopped(Outcome.FAILED, "model: " + Failures.describe(e), null, facts, seconds(start), null);
        }
        ModelInstance instance = model.instance();
        Problem problem = model.problem();
        OperatorCall call;
        Preparation preparation;
        double setupSeconds;
        try {
            CellSpec cell = task.cell();
            DiffEngine loaded = registry.require(cell.engine());
            EngineOptions options = EngineOptions.of(cell.engineOptions());
            OperatorCall.requireAccepted(loaded, options, instance.graph(), cell.operator());
            double beforePrepare = seconds(start);
            PreparationTiming.Timed timed = PreparationTiming.prepare(loaded, options, instance.graph());
            call = OperatorCall.of(timed.prepared(), cell.operator(), instance.point(), cell.model().seed());
            preparation = timed.preparation();
            setupSeconds = beforePrepare + preparation.firstNs() / 1e9;
        } catch (UnsupportedOperatorException | UnsupportedPrimitiveException e) {
            return stopped(Outcome.UNSUPPORTED, e.getMessage(), problem, facts, seconds(start), null);
        } catch (RuntimeException | StackOverflowError e) {
            return stopped(Outcome.FAILED, "prepare: " + Failures.describe(e), problem, facts,
                    seconds(start), null);
        }

        long callStart = System.nanoTime();
        try {
            call.call();
        } catch (UnsupportedOperatorException e) {
            return stopped(Outcome.UNSUPPORTED, e.getMessage(), problem, facts, setupSeconds, preparation);
        } catch (RuntimeException | StackOverflowError e) {
            return stopped(Outcome.FAILED, "call: " + Failures.describe(e), problem, facts, setupSeconds,
                    preparation);
        }
        double firstCallSeconds = seconds(callStart);
        CallStatistics statistics;
        try {
            statistics = call.target().statistics();
        } catch (RuntimeException e) {
            return stopped(Outcome.FAILED, "statistics: " + Failures.describe(e), problem, facts,
                    setupSeconds, preparation);
        }

        DerivativeCheck.Verdict verdict = DerivativeCheck.check(task.cell().engine(), instance, registry, call,
                task.cell().model().seed(), task.tolerance(), task.finiteDifferenceDirections());

        Answer checked = call.answer();
        Double callSeconds = firstCallSeconds;
        Outcome outcome = verdict.outcome();
        String reason = verdict.reason();
        if (outcome == Outcome.OK && firstCallSeconds < SLOW_CALL_SECONDS) {
            try {
                callSeconds = warmCallSeconds(call);
            } catch (RuntimeException | StackOverflowError e) {
                outcome = Outcome.FAILED;
                reason = "call: " + Failures.describe(e) + " (on a later call; the first one answered)";
            }
        }
        return new Probe(new ProbeReport(outcome, reason, problem, facts, verdict.agreement(), statistics,
                setupSeconds, callSeconds, preparation), checked);
    }

    /** A probe that stopped before the engine answered. */
    private static Probe stopped(Outcome outcome, String reason, Problem problem, EngineFacts engine,
                                 double setupSeconds, Preparation preparation) {
        return new Probe(ProbeReport.stopped(outcome, reason, problem, engine, setupSeconds, preparation), null);
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

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
