package org.autodiffbench.api.checkpoint;

import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;

/**
 * The options of every checkpointing engine, interpreted or compiled, read one way: schedule
 * (binomial or uniform), snapshots for binomial, segments for uniform, each defaulting to
 * round(√stages); the schedule itself is {@link ScheduleChoice}'s.
 */
public final class ScheduleOptions {

    public static final String SCHEDULE = "schedule";
    public static final String SNAPSHOTS = "snapshots";
    public static final String SEGMENTS = "segments";

    private ScheduleOptions() {
    }

    /** The options a checkpointing engine declares, with their defaults. */
    public static List<OptionSpec> specs() {
        return List.of(
                new OptionSpec(SCHEDULE, "binomial (Revolve-optimal for a snapshot budget) or uniform (k equal segments)",
                        "binomial"),
                new OptionSpec(SNAPSHOTS, "binomial: snapshots s, the initial state included; s >= stages stores everything",
                        "round(sqrt(stages))"),
                new OptionSpec(SEGMENTS, "uniform: segments k, each storing its input", "round(sqrt(stages))"));
    }

    /**
     * The schedule the options ask for over the graph's stages, after refusing unknown options
     * and options given for a graph of one stage.
     *
     * @throws IllegalArgumentException with a one-line reason for options that do not apply
     */
    public static CheckpointSchedule schedule(String engineId, Graph graph, EngineOptions options) {
        options.requireKnown(engineId, specs());
        if (graph.stageCount() == 1 && !options.isEmpty()) {
            String name = options.asMap().keySet().iterator().next();
            throw new IllegalArgumentException("option '" + name + "' needs a model with stages, and this graph has one;"
                    + " use a staged model such as mlp-depth or ode-chain, or drop the option");
        }
        return schedule(graph.stageCount(), options);
    }

    /** The schedule the options ask for, over {@code stages} stages. */
    public static CheckpointSchedule schedule(int stages, EngineOptions options) {
        Integer snapshots = options.asMap().containsKey(SNAPSHOTS) ? options.getInt(SNAPSHOTS, 0, 1) : null;
        Integer segments = options.asMap().containsKey(SEGMENTS) ? options.getInt(SEGMENTS, 0, 1) : null;
        return ScheduleChoice.of(options.get(SCHEDULE, "binomial"), stages, snapshots, segments);
    }
}
