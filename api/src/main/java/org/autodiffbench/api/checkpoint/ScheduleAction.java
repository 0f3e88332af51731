package org.autodiffbench.api.checkpoint;

/** One step of a schedule, applied to stage {@code stage} (0-based). */
public record ScheduleAction(ActionKind kind, int stage) {

    @Override
    public String toString() {
        return kind.label() + " " + stage;
    }
}
