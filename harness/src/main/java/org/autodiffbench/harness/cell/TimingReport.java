package org.autodiffbench.harness.cell;

import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Timing;

/**
 * How timing a cell ended: {@link Outcome#OK} with JMH's timing, {@link Outcome#OVER_BUDGET}
 * when the estimate left no room for it, or {@link Outcome#FAILED} when JMH did.
 *
 * @param estimatedSeconds what the timing was expected to take
 */
public record TimingReport(Outcome outcome, String reason, Timing timing, double estimatedSeconds) {
}
