package org.autodiffbench.harness.schedule;

import java.util.List;
import org.autodiffbench.api.checkpoint.ActionKind;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleTotals;

/**
 * A checkpoint schedule's actions and what they cost: the schedule's own totals plus the number
 * of restores, which the totals leave out.
 */
public record ScheduleSummary(CheckpointSchedule schedule, List<ScheduleAction> actions, ScheduleTotals totals,
                              long restores) {

    public ScheduleSummary {
        actions = List.copyOf(actions);
    }

    /** Generates the schedule's actions once and counts them. */
    public static ScheduleSummary of(CheckpointSchedule schedule) {
        List<ScheduleAction> actions = schedule.actions();
        long restores = actions.stream().filter(a -> a.kind() == ActionKind.RESTORE).count();
        return new ScheduleSummary(schedule, actions, CheckpointSchedule.totalsOf(actions), restores);
    }
}
