package org.autodiffbench.engine.checkpointed;

import java.util.List;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.checkpoint.ActionKind;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleTotals;
import org.autodiffbench.api.checkpoint.SnapshotStack;
import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.eval.AdjointSeeds;
import org.autodiffbench.api.eval.AdjointSweep;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.JacobianRows;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * Checkpointed reverse mode prepared for one staged graph. Value and adjoint buffers are dealt
 * into banks of stages, just enough for the schedule's longest run of taped stages plus the
 * input they read, so memory does not grow with the chain; snapshots hold stage inputs. The
 * schedule's actions run in order: advance and taped step evaluate a stage, an adjoint step
 * runs the stage's {@link AdjointSweep}, the same sweep plain reverse mode makes over the whole
 * graph.
 *
 * <p>Retained bytes are the footprint of the banked value and adjoint buffers plus the
 * snapshot slots: everything the engine holds to differentiate, allocated once here.
 */
final class CheckpointedSweep implements PreparedDiff {

    private final Graph graph;
    private final StageChain chain;
    private final CheckpointSchedule schedule;
    /** The schedule as a program: runs of consecutive advances are one step over [stage, lastStage]. */
    private final ActionKind[] kinds;
    private final int[] stages;
    private final int[] lastStages;
    private final PrimalPlan primal;
    private final double[][] adjointTable;
    private final AdjointSweep[] sweeps;
    private final AdjointSeeds seeds;
    private final SnapshotStack snapshots;
    private final long retainedBytes;
    /** The seed of a gradient: ȳ = 1 on the one output. */
    private static final double[] UNIT_SEED = {1.0};

    private final JacobianRows rows;
    private final JacobianRows.RowSweep rowSweep = (seed, pointAdjoint) -> run(this.point, seed, pointAdjoint);
    /** The point of the Jacobian being built, for its row sweeps. */
    private double[] point;
    /** The outputs, read as soon as the last stage is taped, before its bank is reused. */
    private final double[] outputValue;
    private final CallCounter counter = new CallCounter();
    private final long[] taped;
    private final long[] untaped;
    private final long[] snapshotsTaken;
    private final long[] peakSnapshots;
    private final long[] restores;

    CheckpointedSweep(Graph graph, StageChain chain, CheckpointSchedule schedule) {
        this.graph = graph;
        this.chain = chain;
        this.schedule = schedule;
        List<ScheduleAction> actions = schedule.actions();
        int steps = 0;
        for (int i = 0; i < actions.size(); i++) {
            if (!continuesAdvanceRun(actions, i)) {
                steps++;
            }
        }
        kinds = new ActionKind[steps];
        stages = new int[steps];
        lastStages = new int[steps];
        int step = -1;
        for (int i = 0; i < actions.size(); i++) {
            ScheduleAction action = actions.get(i);
            if (!continuesAdvanceRun(actions, i)) {
                step++;
                kinds[step] = action.kind();
                stages[step] = action.stage();
            }
            lastStages[step] = action.stage();
        }
        ScheduleTotals totals = CheckpointSchedule.totalsOf(actions);
        BufferLayout layout = BufferLayout.banked(graph, totals.peakTapedStages() + 1);
        primal = new PrimalPlan(graph, layout);
        BufferLayout.NodeBuffers adjointBuffers = layout.allocate(
                id -> graph.isActive(id) && !graph.isDifferentiableInput(id));
        adjointTable = adjointBuffers.byNode();
        sweeps = new AdjointSweep[chain.stages()];
        boolean[][] firstWrites = AdjointSweep.firstWrites(graph);
        for (int k = 0; k < sweeps.length; k++) {
            sweeps[k] = new AdjointSweep(primal, adjointTable, chain.start(k), chain.end(k), firstWrites);
        }
        seeds = new AdjointSeeds(graph, adjointTable);
        snapshots = new SnapshotStack(chain, primal::value, id -> 0, Math.max(1, totals.peakSnapshots()));
        retainedBytes = primal.intermediateBytes() + adjointBuffers.intermediateBytes() + snapshots.bytes();
        rows = new JacobianRows(graph.outputSize(), graph.parameterCount());
        outputValue = new double[graph.outputSize()];
        taped = counter.detail("tapedStageEvaluations");
        untaped = counter.detail("untapedStageEvaluations");
        snapshotsTaken = counter.detail("snapshotsTaken");
        peakSnapshots = counter.detail("peakSnapshots");
        restores = counter.detail("restores");
    }

    @Override
    public String engineId() {
        return CheckpointedEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    /** Is action i an advance of the stage right after the advance before it? */
    private static boolean continuesAdvanceRun(List<ScheduleAction> actions, int i) {
        if (i == 0) {
            return false;
        }
        ScheduleAction previous = actions.get(i - 1);
        ScheduleAction action = actions.get(i);
        return action.kind() == ActionKind.ADVANCE && previous.kind() == ActionKind.ADVANCE
                && action.stage() == previous.stage() + 1;
    }

    /** The schedule this object runs. */
    CheckpointSchedule schedule() {
        return schedule;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(primal.evaluate(x, y));
        untaped[0] = chain.stages();
        counter.stageEvaluations(chain.stages());
    }

    /**
     * Runs the schedule once, seeding the output adjoints with {@code seed} (laid out like y)
     * and accumulating the point's adjoint into {@code pointAdjoint}.
     */
    private void run(double[] x, double[] seed, double[] pointAdjoint) {
        if (seed.length != graph.outputSize()) {
            throw new IllegalArgumentException("seed has " + seed.length + " entries, expected " + graph.outputSize());
        }
        primal.load(x);
        for (AdjointSweep sweep : sweeps) {
            sweep.bindPointAdjoint(pointAdjoint);
        }
        snapshots.reset();
        long evaluationsBefore = taped[0] + untaped[0];
        int lastStage = chain.stages() - 1;
        long flops = 0;
        for (int i = 0; i < kinds.length; i++) {
            int k = stages[i];
            switch (kinds[i]) {
                case ADVANCE -> {
                    int last = lastStages[i];
                    flops += primal.evaluateRange(chain.start(k), chain.end(last));
                    untaped[0] += last - k + 1;
                }
                case TAPED_STEP -> {
                    flops += primal.evaluateRange(chain.start(k), chain.end(k));
                    taped[0]++;
                    if (k == lastStage) {
                        primal.readOutputs(outputValue);
                    }
                }
                case ADJOINT_STEP -> {
                    if (k == lastStage) {
                        seeds.seed(seed, pointAdjoint);
                    }
                    flops += sweeps[k].sweep();
                }
                case TAKE_SNAPSHOT -> snapshots.take(k);
                case RESTORE -> {
                    snapshots.restore(k);
                    restores[0]++;
                }
                case FREE_SNAPSHOT -> snapshots.free();
                default -> throw new IllegalStateException("unknown action " + kinds[i]);
            }
        }
        counter.flops(flops);
        counter.adjointSweep();
        counter.stageEvaluations(taped[0] + untaped[0] - evaluationsBefore);
        counter.retained(retainedBytes);
        snapshotsTaken[0] = snapshots.taken();
        peakSnapshots[0] = snapshots.peak();
    }


    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        counter.reset();
        run(x, UNIT_SEED, gradient);
        return outputValue[0];
    }

    @Override
    public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        CallArguments.requireLength("cotangent", u, graph.outputSize());
        CallArguments.requireLength("adjoint output", xBar, graph.parameterCount());
        counter.reset();
        run(x, u, xBar);
        System.arraycopy(outputValue, 0, y, 0, y.length);
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        int n = graph.parameterCount();
        int m = graph.outputSize();
        CallArguments.requireLength("jacobian", jacobian, (long) m * n);
        CallArguments.requireLength("output", y, m);
        counter.reset();
        point = x;
        rows.fill(jacobian, rowSweep);
        point = null;
        System.arraycopy(outputValue, 0, y, 0, m);
    }


    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
