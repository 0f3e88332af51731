package org.autodiffbench.engine.checkpointed;

import java.util.List;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleRunner;
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
 * schedule's actions run in order ({@link ScheduleRunner}): advance and taped step evaluate a
 * stage, an adjoint step runs the stage's {@link AdjointSweep}, the same sweep plain reverse mode
 * makes over the whole graph.
 *
 * <p>Retained bytes are the footprint of the banked value and adjoint buffers plus the
 * snapshot slots: everything the engine holds to differentiate, allocated once here.
 */
final class CheckpointedSweep implements PreparedDiff, ScheduleRunner.Steps {

    private final Graph graph;
    private final StageChain chain;
    private final CheckpointSchedule schedule;
    private final ScheduleRunner runner;
    private final PrimalPlan primal;
    private final double[][] adjointTable;
    private final AdjointSweep[] sweeps;
    private final AdjointSeeds seeds;
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
    /** The output seed and the point adjoint of the schedule run under way. */
    private double[] seed;
    private double[] pointAdjoint;

    CheckpointedSweep(Graph graph, StageChain chain, CheckpointSchedule schedule) {
        this.graph = graph;
        this.chain = chain;
        this.schedule = schedule;
        List<ScheduleAction> actions = schedule.actions();
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
        SnapshotStack snapshots = new SnapshotStack(chain, primal::value, id -> 0, Math.max(1, totals.peakSnapshots()));
        runner = new ScheduleRunner(actions, snapshots, counter);
        retainedBytes = primal.intermediateBytes() + adjointBuffers.intermediateBytes() + snapshots.bytes();
        rows = new JacobianRows(graph.outputSize(), graph.parameterCount());
        outputValue = new double[graph.outputSize()];
    }

    @Override
    public String engineId() {
        return CheckpointedEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    /** The schedule this object runs. */
    CheckpointSchedule schedule() {
        return schedule;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(primal.evaluate(x, y));
        runner.countPrimal(chain.stages());
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
        this.seed = seed;
        this.pointAdjoint = pointAdjoint;
        runner.run(this);
        counter.retained(retainedBytes);
    }

    @Override
    public long advance(int first, int last) {
        return primal.evaluateRange(chain.start(first), chain.end(last));
    }

    @Override
    public long tapedStep(int k) {
        long flops = primal.evaluateRange(chain.start(k), chain.end(k));
        if (k == chain.stages() - 1) {
            primal.readOutputs(outputValue);
        }
        return flops;
    }

    @Override
    public long adjointStep(int k) {
        if (k == chain.stages() - 1) {
            seeds.seed(seed, pointAdjoint);
        }
        return sweeps[k].sweep();
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
