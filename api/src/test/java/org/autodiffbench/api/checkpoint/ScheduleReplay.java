package org.autodiffbench.api.checkpoint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Plays a schedule on a model of the machine that runs it and fails on the first impossible
 * step: advancing or taping a stage whose input is not live, restoring a snapshot that is not
 * on top of the stack, an adjoint step out of order or of a stage not taped since the values
 * were last overwritten.
 */
final class ScheduleReplay {

    private ScheduleReplay() {
    }

    static void check(CheckpointSchedule schedule) {
        int l = schedule.stages();
        List<ScheduleAction> actions = schedule.actions();
        Deque<Integer> snapshots = new ArrayDeque<>();
        boolean[] taped = new boolean[l];
        int position = 0; // the stage whose input the live values hold
        int nextAdjoint = l - 1;
        for (ScheduleAction a : actions) {
            int k = a.stage();
            switch (a.kind()) {
                case TAKE_SNAPSHOT -> {
                    require(position == k, a, "the input of stage " + k + " is not live (at " + position + ")");
                    snapshots.push(k);
                }
                case FREE_SNAPSHOT -> require(!snapshots.isEmpty() && snapshots.pop() == k, a, "not the top snapshot");
                case RESTORE -> {
                    require(!snapshots.isEmpty() && snapshots.peek() == k, a, "snapshot " + k + " is not on top");
                    position = k;
                }
                case ADVANCE -> {
                    require(position == k, a, "the input of stage " + k + " is not live (at " + position + ")");
                    require(k < nextAdjoint + 1, a, "advancing past the stage being reversed");
                    position = k + 1;
                }
                case TAPED_STEP -> {
                    require(position == k, a, "the input of stage " + k + " is not live (at " + position + ")");
                    taped[k] = true;
                    position = k + 1;
                }
                case ADJOINT_STEP -> {
                    require(k == nextAdjoint, a, "expected the adjoint step of stage " + nextAdjoint);
                    require(taped[k], a, "stage " + k + " was not taped");
                    nextAdjoint--;
                }
                default -> throw new AssertionError(a);
            }
        }
        require(nextAdjoint == -1, null, "stages 0.." + nextAdjoint + " were never reversed");
        require(snapshots.isEmpty(), null, "snapshots left held: " + snapshots);
    }

    private static void require(boolean ok, ScheduleAction action, String problem) {
        if (!ok) {
            throw new AssertionError((action == null ? "" : "at '" + action + "': ") + problem);
        }
    }
}
