package org.autodiffbench.it.sample;

import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.AdjointSeeds;
import org.autodiffbench.api.eval.AdjointSweep;
import org.autodiffbench.api.eval.BufferLayout;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/** The sample engine prepared for one graph: a taped primal sweep, then one adjoint sweep, {@code repeat} times. */
final class SampleReverseGradient implements PreparedDiff {

    private static final double[] OUTPUT_SEED = {1.0};

    private final Graph graph;
    private final int repeat;
    private final PrimalPlan tape;
    private final AdjointSweep back;
    private final AdjointSeeds seeds;
    private final double[] loss = new double[1];
    private final CallCounter counter = new CallCounter();

    SampleReverseGradient(Graph graph, int repeat) {
        this.graph = graph;
        this.repeat = repeat;
        BufferLayout layout = BufferLayout.distinct(graph);
        tape = new PrimalPlan(graph, layout);
        double[][] adjoints = layout.allocate(id -> graph.isActive(id) && !graph.isDifferentiableInput(id)).byNode();
        back = new AdjointSweep(tape, adjoints, 0, graph.nodeCount(), AdjointSweep.firstWrites(graph));
        seeds = new AdjointSeeds(graph, adjoints);
    }

    @Override
    public String engineId() {
        return SampleReverseEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(tape.evaluate(x, y));
        counter.stageEvaluations(graph.stageCount());
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        for (int round = 0; round < repeat; round++) {
            counter.reset();
            tape.load(x);
            counter.flops(tape.evaluateAll());
            counter.stageEvaluations(graph.stageCount());
            back.bindPointAdjoint(gradient);
            seeds.seed(OUTPUT_SEED, gradient);
            counter.flops(back.sweep());
            counter.adjointSweep();
        }
        tape.readOutputs(loss);
        return loss[0];
    }

    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
