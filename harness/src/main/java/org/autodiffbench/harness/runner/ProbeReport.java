package org.autodiffbench.harness.runner;

import java.util.Map;
import org.autodiffbench.reports.results.Outcome;

/**
 * What a cell's probe found before any timing: the outcome so far ({@link Outcome#OK} means
 * "agrees, go on and time it"), the agreement, the statistics of the checked call, and how long
 * setup and one call took.
 *
 * @param maxRho the largest ρ against the exact references (hand-written, reverse), or against finite
 *     differences when there is neither; {@code tolerance} is the one it is held to
 * @param setupSeconds building the model and preparing the engine
 * @param callSeconds one call, from the warm calls after the checked one (or the checked one if it was slow)
 */
record ProbeReport(Outcome outcome, String reason, long params, Double maxRho, Double tolerance,
                          String references, Long retainedBytes, Long sweeps, Long stageEvaluations, Long flops,
                          Map<String, Long> details, double setupSeconds, Double callSeconds) {

    public ProbeReport {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A probe that stopped before the engine answered. */
    static ProbeReport stopped(Outcome outcome, String reason, long params, double setupSeconds) {
        return new ProbeReport(outcome, reason, params, null, null, null, null, null, null, null, Map.of(),
                setupSeconds, null);
    }
}
