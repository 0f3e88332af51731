package org.autodiffbench.api.checkpoint;

import java.util.List;

/**
 * No checkpointing: tape every stage in one forward sweep, then reverse them all. l stage
 * evaluations, l stages' tapes held at once; what plain reverse mode does.
 */
public final class StoreAllSchedule implements CheckpointSchedule {

    private final int stages;

    public StoreAllSchedule(int stages) {
        if (stages < 1) {
            throw new IllegalArgumentException("a schedule needs at least one stage, got " + stages);
        }
        this.stages = stages;
    }

    @Override
    public String name() {
        return "store-all";
    }

    @Override
    public int stages() {
        return stages;
    }

    @Override
    public List<ScheduleAction> actions() {
        List<ScheduleAction> actions = CheckpointSchedule.newActions();
        for (int k = 0; k < stages; k++) {
            actions.add(new ScheduleAction(ActionKind.TAPED_STEP, k));
        }
        for (int k = stages - 1; k >= 0; k--) {
            actions.add(new ScheduleAction(ActionKind.ADJOINT_STEP, k));
        }
        return List.copyOf(actions);
    }
}
