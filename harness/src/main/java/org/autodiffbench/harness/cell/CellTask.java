package org.autodiffbench.harness.cell;

import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.results.CellSpec;

/**
 * What a cell's JVM is asked to do: check one planned cell (agreement, statistics, the time of a
 * call), then time it with JMH if the budget allows. Sent to {@link CellProcess} as JSON, the
 * cell's spec embedded as planned.
 *
 * @param tolerance the largest ρ at which the derivative agrees with the exact references
 * @param finiteDifferenceDirections how many random directions the central-difference check uses
 * @param budgetSeconds the whole cell's budget, counted from the start of the cell's JVM
 * @param jmhFile where JMH writes its raw JSON results
 */
public record CellTask(CellSpec cell, double tolerance, int finiteDifferenceDirections, double budgetSeconds,
                TimingSettings timing, String jmhFile) {
}
