package org.autodiffbench.harness.runner;

import org.autodiffbench.reports.results.Timing;

/**
 * A model's baseline timings from its JVM: the parameter count, who computed the primal, and
 * the primal's and the hand-written derivative's timings (null when missing; the note says why).
 */
record BaselineReport(long params, String primalSource, Timing primal, Timing hand, String note) {
}
