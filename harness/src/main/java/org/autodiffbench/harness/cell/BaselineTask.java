package org.autodiffbench.harness.cell;

import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.results.CellSpec;

/**
 * What a baseline's JVM is asked to do: time the primal and, where the family has one, the
 * hand-written derivative of the model of {@code cell}, the first cell that needs them. Sent to
 * {@link CellProcess} as JSON.
 */
public record BaselineTask(CellSpec cell, TimingSettings timing, String jmhFile) {
}
