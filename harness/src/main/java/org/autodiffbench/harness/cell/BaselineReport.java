package org.autodiffbench.harness.cell;

import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;

/**
 * A model's baseline timings from its JVM: the model's dimensions, who computed the primal, and
 * the primal's and the hand-written derivative's timings (null when missing; the note says why).
 */
public record BaselineReport(Problem problem, String primalSource, Timing primal, Timing hand, String note) {
}
