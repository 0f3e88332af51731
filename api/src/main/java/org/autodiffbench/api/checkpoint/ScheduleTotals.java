package org.autodiffbench.api.checkpoint;

/**
 * What a schedule costs: untaped advances, taped steps, snapshots taken and the most held at
 * once (the stored initial state counts as one), and the most stages taped at once.
 */
public record ScheduleTotals(long advances, long tapedSteps, long adjointSteps, long snapshotsTaken,
                             int peakSnapshots, int peakTapedStages) {

    /** Every stage evaluation, taped or not: p(l, s) + l for an optimal binomial schedule. */
    public long stageEvaluations() {
        return advances + tapedSteps;
    }
}
