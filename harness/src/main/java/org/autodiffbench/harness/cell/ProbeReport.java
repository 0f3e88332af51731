package org.autodiffbench.harness.cell;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Preparation;
import org.autodiffbench.results.Problem;

/**
 * What a cell's probe found before any timing: the outcome so far ({@link Outcome#OK} means
 * "agrees, go on and time it") and every fact it established, each null when the probe stopped
 * before it.
 *
 * @param setupSeconds building the model and preparing the engine
 * @param callSeconds one call, from the warm calls after the checked one (or the checked one if it was slow)
 * @param preparation how long the engine's prepares took; null when it was not prepared here
 */
public record ProbeReport(Outcome outcome, String reason, Problem problem, EngineFacts engine, Agreement agreement,
                   CallStatistics statistics, double setupSeconds, Double callSeconds, Preparation preparation) {

    /** A probe that stopped before the engine answered. */
    static ProbeReport stopped(Outcome outcome, String reason, Problem problem, EngineFacts engine,
                               double setupSeconds, Preparation preparation) {
        return new ProbeReport(outcome, reason, problem, engine, null, null, setupSeconds, null, preparation);
    }
}
