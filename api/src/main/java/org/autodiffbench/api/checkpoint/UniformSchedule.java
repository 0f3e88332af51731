package org.autodiffbench.api.checkpoint;

import java.util.List;

/**
 * Uniform checkpointing in the style of PyTorch's {@code checkpoint_sequential} (Chen et al.
 * 2016): the chain is cut into k segments of near-equal length; the forward sweep runs untaped,
 * storing each segment's input, except the last segment, which is taped at once. Each earlier
 * segment is then restored, taped whole and reversed. Cost: 2l − (length of the last segment)
 * stage evaluations, k snapshots, one segment's tape.
 */
public final class UniformSchedule implements CheckpointSchedule {

    private final int stages;
    private final int segments;

    public UniformSchedule(int stages, int segments) {
        if (stages < 1) {
            throw new IllegalArgumentException("a schedule needs at least one stage, got " + stages);
        }
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1, got " + segments);
        }
        this.stages = stages;
        this.segments = Math.min(segments, stages);
    }

    /** k = √l rounded, at least 1: O(√l) memory for at most one extra forward sweep. */
    public static int defaultSegments(int stages) {
        return Math.max(1, (int) Math.round(Math.sqrt(stages)));
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public int stages() {
        return stages;
    }

    public int segments() {
        return segments;
    }

    /** The first stage of segment j; segment j spans [start(j), start(j+1)). */
    int start(int j) {
        return (int) ((long) j * stages / segments);
    }

    @Override
    public List<ScheduleAction> actions() {
        List<ScheduleAction> actions = CheckpointSchedule.newActions();
        for (int j = 0; j < segments - 1; j++) {
            actions.add(new ScheduleAction(ActionKind.TAKE_SNAPSHOT, start(j)));
            CheckpointSchedule.advance(actions, start(j), start(j + 1));
        }
        tapeAndReverse(actions, start(segments - 1), stages);
        for (int j = segments - 2; j >= 0; j--) {
            actions.add(new ScheduleAction(ActionKind.RESTORE, start(j)));
            tapeAndReverse(actions, start(j), start(j + 1));
            actions.add(new ScheduleAction(ActionKind.FREE_SNAPSHOT, start(j)));
        }
        return List.copyOf(actions);
    }

    private static void tapeAndReverse(List<ScheduleAction> actions, int from, int to) {
        for (int k = from; k < to; k++) {
            actions.add(new ScheduleAction(ActionKind.TAPED_STEP, k));
        }
        for (int k = to - 1; k >= from; k--) {
            actions.add(new ScheduleAction(ActionKind.ADJOINT_STEP, k));
        }
    }
}
