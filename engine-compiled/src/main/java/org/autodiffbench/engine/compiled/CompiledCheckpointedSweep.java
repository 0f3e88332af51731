package org.autodiffbench.engine.compiled;

import java.util.List;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleRunner;
import org.autodiffbench.api.checkpoint.ScheduleTotals;
import org.autodiffbench.api.checkpoint.SnapshotStack;
import org.autodiffbench.api.checkpoint.StageChain;
import org.autodiffbench.api.compile.CompiledDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.CompiledProgram;
import org.autodiffbench.api.compile.CompiledStages;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.JacobianRows;
import org.autodiffbench.api.graph.Graph;

/**
 * Checkpointed reverse mode over compiled stage code. The schedule's actions run in order: an
 * advance or a taped step calls stage k's compiled primal in its bank, an adjoint step its
 * compiled adjoint, and snapshots copy stage inputs out of their banks and back. The banks are
 * just enough for the schedule's longest run of taped stages plus the input they read, as in the
 * interpreted engine, so memory does not grow with the chain.
 *
 * <p>Retained bytes are the banked value and adjoint arrays, the kernel nodes' banked buffers and
 * the snapshot slots: everything held to differentiate, allocated once here.
 */
final class CompiledCheckpointedSweep implements CompiledDiff, ScheduleRunner.Steps {

    /** The seed of a gradient: ȳ = 1 on the one output. */
    private static final double[] UNIT_SEED = {1.0};

    private final Graph graph;
    private final StageChain chain;
    private final CompiledStages stages;
    private final CompiledProgram program;
    private final ScheduleRunner runner;
    private final long retainedBytes;
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

    /**
     * @param actions the schedule's actions, in order
     * @param totals what they count up to
     * @param stages the graph compiled stage by stage, with the banks the actions need
     */
    CompiledCheckpointedSweep(StageChain chain, List<ScheduleAction> actions, ScheduleTotals totals,
                              CompiledStages stages) {
        this.graph = stages.compiledGraph().graph();
        this.chain = chain;
        this.stages = stages;
        this.program = stages.program();
        int capacity = Math.max(1, totals.peakSnapshots());
        SnapshotStack snapshots = new SnapshotStack(chain, stages::valueArray, stages::valueOffset, capacity);
        runner = new ScheduleRunner(actions, snapshots, counter);
        retainedBytes = stages.compiledGraph().retainedBytes() + snapshots.bytes();
        rows = new JacobianRows(graph.outputSize(), graph.parameterCount());
        outputValue = new double[graph.outputSize()];
    }

    @Override
    public String engineId() {
        return CompiledCheckpointedEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public CompiledGraph compiledGraph() {
        return stages.compiledGraph();
    }

    @Override
    public void value(double[] x, double[] y) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("output", y, graph.outputSize());
        counter.reset();
        program.beginStages(x);
        long flops = 0;
        for (int k = 0; k < chain.stages(); k++) {
            program.stagePrimal(k);
            flops += stages.primalFlops(k);
        }
        program.readValues(y);
        counter.flops(flops);
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
        CallArguments.requireLength("point", x, graph.parameterCount());
        program.beginStages(x);
        this.seed = seed;
        this.pointAdjoint = pointAdjoint;
        runner.run(this);
        program.endStageAdjoints();
        counter.retained(retainedBytes);
    }

    @Override
    public long advance(int first, int last) {
        long flops = 0;
        for (int k = first; k <= last; k++) {
            program.stagePrimal(k);
            flops += stages.primalFlops(k);
        }
        return flops;
    }

    @Override
    public long tapedStep(int k) {
        program.stagePrimal(k);
        if (k == chain.stages() - 1) {
            program.readValues(outputValue);
        }
        return stages.primalFlops(k);
    }

    @Override
    public long adjointStep(int k) {
        if (k == chain.stages() - 1) {
            program.beginStageAdjoints(seed, pointAdjoint);
        }
        program.stageAdjoint(k);
        return stages.adjointFlops(k);
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
        CallArguments.requireLength("output", y, graph.outputSize());
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
