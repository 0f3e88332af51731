package org.autodiffbench.engine.compiled;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleTotals;
import org.autodiffbench.api.checkpoint.ScheduleOptions;
import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.compile.CompiledStages;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.graph.Graph;

/**
 * Checkpointed reverse mode compiled at prepare: a binomial (Revolve) or uniform schedule's
 * actions call compiled stage code (a primal and an adjoint entry per stage) over banked storage
 * and snapshot slots, so memory follows the schedule, not the chain's length.
 */
public final class CompiledCheckpointedEngine implements DiffEngine {

    public static final String ID = "compiled-checkpointed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "checkpointed reverse mode compiled to JVM code at prepare: each stage's primal and adjoint as code over "
                + "banked values, snapshots of stage inputs and recomputation, binomial (Revolve) or uniform schedule";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.CHECKPOINTED_REVERSE;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.COMPILED;
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
        StageChain chain = new StageChain(graph);
        List<ScheduleAction> actions = schedule.actions();
        ScheduleTotals totals = CheckpointSchedule.totalsOf(actions);
        CompiledStages stages = GraphCompiler.compileStages(graph, totals.peakTapedStages() + 1);
        return new CompiledCheckpointedSweep(chain, actions, totals, stages);
    }
}
