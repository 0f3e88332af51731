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
import org.autodiffbench.api.checkpoint.ScheduleOptions;
import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.graph.Graph;

/**
 * Reverse mode over a chain of stages that stores only some stage inputs (snapshots) and
 * recomputes the rest, under a binomial (Revolve) or uniform schedule.
 */
public final class CheckpointedEngine implements DiffEngine {

    public static final String ID = "checkpointed";

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
        return ScheduleOptions.specs();
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        CheckpointSchedule schedule = ScheduleOptions.schedule(ID, graph, options);
        return new CheckpointedSweep(graph, new StageChain(graph), schedule);
    }
}
