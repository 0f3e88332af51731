package org.autodiffbench.engine.reverse;

import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.AdjointSeeds;
import org.autodiffbench.api.eval.AdjointSweep;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.JacobianRows;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * Reverse mode prepared for one graph: the primal buffers are the tape (every intermediate
 * value stays alive after the forward sweep), and one {@link AdjointSweep} walks it back,
 * accumulating the gradient in place in the caller's array. Retained bytes are the footprint
 * of the intermediate value and adjoint buffers.
 */
final class AdjointTape implements PreparedDiff {

    private final Graph graph;
    private final PrimalPlan primal;
    private final double[][] adjointTable;
    private final AdjointSweep adjoints;
    private final AdjointSeeds seeds;
    private final long retainedBytes;
    /** The seed of a gradient: ȳ = 1 on the one output. */
    private static final double[] UNIT_SEED = {1.0};

    private final JacobianRows rows;
    private final JacobianRows.RowSweep rowSweep = this::sweepRow;
    private final double[] scalarValue = new double[1];
    private final CallCounter counter = new CallCounter();

    AdjointTape(Graph graph) {
        this.graph = graph;
        BufferLayout layout = BufferLayout.distinct(graph);
        this.primal = new PrimalPlan(graph, layout);
        BufferLayout.NodeBuffers adjointBuffers = layout.allocate(
                id -> graph.isActive(id) && !graph.isDifferentiableInput(id));
        this.adjointTable = adjointBuffers.byNode();
        this.adjoints = new AdjointSweep(primal, adjointTable, 0, graph.nodeCount(), AdjointSweep.firstWrites(graph));
        this.seeds = new AdjointSeeds(graph, adjointTable);
        this.retainedBytes = primal.intermediateBytes() + adjointBuffers.intermediateBytes();
        this.rows = new JacobianRows(graph.outputSize(), graph.parameterCount());
    }

    @Override
    public String engineId() {
        return ReverseEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(primal.evaluate(x, y));
        counter.stageEvaluations(graph.stageCount());
    }

    /** The taped forward sweep. */
    private void record(double[] x) {
        counter.reset();
        primal.load(x);
        counter.flops(primal.evaluateAll());
        counter.stageEvaluations(graph.stageCount());
        counter.retained(retainedBytes);
    }

    /** Seeds the outputs with {@code seed} and sends the point's adjoint to {@code pointAdjoint}. */
    private void start(double[] seed, double[] pointAdjoint) {
        adjoints.bindPointAdjoint(pointAdjoint);
        seeds.seed(seed, pointAdjoint);
    }

    private void sweepBack() {
        counter.flops(adjoints.sweep());
        counter.adjointSweep();
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        record(x);
        start(UNIT_SEED, gradient);
        sweepBack();
        primal.readOutputs(scalarValue);
        return scalarValue[0];
    }

    @Override
    public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        CallArguments.requireLength("cotangent", u, graph.outputSize());
        CallArguments.requireLength("adjoint output", xBar, graph.parameterCount());
        record(x);
        start(u, xBar);
        sweepBack();
        primal.readOutputs(y);
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        int n = graph.parameterCount();
        CallArguments.requireLength("jacobian", jacobian, (long) graph.outputSize() * n);
        record(x);
        rows.fill(jacobian, rowSweep);
        primal.readOutputs(y);
    }

    /** One row of the Jacobian: the tape recorded once is swept back again. */
    private void sweepRow(double[] seed, double[] pointAdjoint) {
        start(seed, pointAdjoint);
        sweepBack();
    }



    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
