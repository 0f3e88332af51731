package org.autodiffbench.engine.checkpointed;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleChoice;
import org.autodiffbench.api.graph.Graph;

/**
 * Reverse mode over a chain of stages that stores only some stage inputs (snapshots) and
 * recomputes the rest, under a binomial (Revolve) or uniform schedule.
 */
public final class CheckpointedEngine implements DiffEngine {

    public static final String ID = "checkpointed";
    static final String SCHEDULE = "schedule";
    static final String SNAPSHOTS = "snapshots";
    static final String SEGMENTS = "segments";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "checkpointed reverse mode: snapshots of stage inputs and recomputation, binomial (Revolve) or uniform schedule";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.CHECKPOINTED_REVERSE;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.INTERPRETED;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.VJP, Operator.JACOBIAN);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec(SCHEDULE, "binomial (Revolve-optimal for a snapshot budget) or uniform (k equal segments)",
                        "binomial"),
                new OptionSpec(SNAPSHOTS, "binomial: snapshots s, the initial state included; s >= stages stores everything",
                        "round(sqrt(stages))"),
                new OptionSpec(SEGMENTS, "uniform: segments k, each storing its input", "round(sqrt(stages))"));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        if (graph.stageCount() == 1 && !options.isEmpty()) {
            String name = options.asMap().keySet().iterator().next();
            throw new IllegalArgumentException("option '" + name + "' needs a model with stages, and this graph has one;"
                    + " use a staged model such as mlp-depth or ode-chain, or drop the option");
        }
        StageChain chain = new StageChain(graph);
        return new CheckpointedSweep(graph, chain, schedule(graph.stageCount(), options));
    }

    /** The schedule the options ask for, over {@code stages} stages. */
    static CheckpointSchedule schedule(int stages, EngineOptions options) {
        Integer snapshots = options.asMap().containsKey(SNAPSHOTS) ? options.getInt(SNAPSHOTS, 0, 1) : null;
        Integer segments = options.asMap().containsKey(SEGMENTS) ? options.getInt(SEGMENTS, 0, 1) : null;
        return ScheduleChoice.of(options.get(SCHEDULE, "binomial"), stages, snapshots, segments);
    }
}
