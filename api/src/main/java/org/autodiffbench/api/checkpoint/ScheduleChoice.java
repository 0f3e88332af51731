package org.autodiffbench.api.checkpoint;

/**
 * Picks the schedule a name and a budget ask for, with the rules every user of schedules
 * shares: binomial takes snapshots s (default round(√l); s ≥ l stores everything), uniform
 * takes segments k (default round(√l)), and a schedule that would make more stage evaluations
 * per gradient than {@link #MAX_STAGE_EVALUATIONS} is refused before it is laid out.
 */
public final class ScheduleChoice {

    /** The most stage evaluations one gradient may take; each is an action held in memory. */
    public static final long MAX_STAGE_EVALUATIONS = 50_000_000L;

    private ScheduleChoice() {
    }

    /**
     * @param snapshots the binomial budget, or null for the default
     * @param segments the uniform segment count, or null for the default
     */
    public static CheckpointSchedule of(String name, int stages, Integer snapshots, Integer segments) {
        return of(name, stages, snapshots, segments, MAX_STAGE_EVALUATIONS);
    }

    /** As {@link #of(String, int, Integer, Integer)}, refusing more than {@code maxStageEvaluations} per gradient. */
    public static CheckpointSchedule of(String name, int stages, Integer snapshots, Integer segments,
                                        long maxStageEvaluations) {
        if (stages < 1) {
            throw new IllegalArgumentException("a chain needs at least one stage, got " + stages);
        }
        int root = UniformSchedule.defaultSegments(stages);
        switch (name) {
            case "binomial" -> {
                if (segments != null) {
                    throw new IllegalArgumentException(
                            "segments applies to the uniform schedule; the binomial schedule takes snapshots");
                }
                int s = snapshots == null ? root : snapshots;
                if (s < 1) {
                    throw new IllegalArgumentException("snapshots must be at least 1 (the stored initial state"
                            + " counts as one), got " + s);
                }
                if (s >= stages) {
                    return new StoreAllSchedule(stages);
                }
                long evaluations = Revolve.minimalAdvances(stages, s) + stages;
                if (evaluations > maxStageEvaluations) {
                    throw new IllegalArgumentException("the binomial schedule for " + stages + " stages and " + s
                            + (s == 1 ? " snapshot" : " snapshots") + " makes " + evaluations
                            + " stage evaluations per gradient, more than " + maxStageEvaluations
                            + "; give more snapshots");
                }
                return new BinomialSchedule(stages, s);
            }
            case "uniform" -> {
                if (snapshots != null) {
                    throw new IllegalArgumentException(
                            "snapshots applies to the binomial schedule; the uniform schedule takes segments");
                }
                int k = segments == null ? root : segments;
                if (k < 1) {
                    throw new IllegalArgumentException("segments must be at least 1, got " + k);
                }
                return new UniformSchedule(stages, k);
            }
            default -> throw new IllegalArgumentException("unknown schedule '" + name + "'; choose binomial or uniform");
        }
    }
}
