package org.autodiffbench.api.checkpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a checkpointing engine advances, stores, restores, tapes and reverses a
 * chain of {@code stages} stages to get one gradient. Schedules are plain values: an engine
 * executes the actions, a listing prints them, a test counts them.
 */
public interface CheckpointSchedule {

    /** The schedule's name, e.g. {@code "binomial"}. */
    String name();

    /** The number of stages l it reverses. */
    int stages();

    /** The actions, in order; every stage gets exactly one adjoint step, from the last to the first. */
    List<ScheduleAction> actions();

    /** Counts the actions. */
    default ScheduleTotals totals() {
        return totalsOf(actions());
    }

    /** Counts a sequence of actions, following the snapshot stack and the run of taped stages. */
    static ScheduleTotals totalsOf(List<ScheduleAction> actions) {
        long advances = 0;
        long taped = 0;
        long adjoint = 0;
        long taken = 0;
        int held = 0;
        int peakHeld = 0;
        int tapedRun = 0;
        int peakTaped = 0;
        for (ScheduleAction action : actions) {
            switch (action.kind()) {
                case ADVANCE -> {
                    advances++;
                    tapedRun = 0;
                }
                case TAPED_STEP -> {
                    taped++;
                    tapedRun++;
                    peakTaped = Math.max(peakTaped, tapedRun);
                }
                case ADJOINT_STEP -> {
                    adjoint++;
                    tapedRun = Math.max(0, tapedRun - 1);
                }
                case TAKE_SNAPSHOT -> {
                    taken++;
                    held++;
                    peakHeld = Math.max(peakHeld, held);
                }
                case FREE_SNAPSHOT -> held--;
                case RESTORE -> tapedRun = 0;
                default -> throw new IllegalStateException("unknown action " + action);
            }
        }
        return new ScheduleTotals(advances, taped, adjoint, taken, peakHeld, peakTaped);
    }

    /** Appends {@code ADVANCE} for stages {@code [from, to)}. */
    static void advance(List<ScheduleAction> actions, int from, int to) {
        for (int k = from; k < to; k++) {
            actions.add(new ScheduleAction(ActionKind.ADVANCE, k));
        }
    }

    /** A fresh list for building actions. */
    static List<ScheduleAction> newActions() {
        return new ArrayList<>();
    }
}
