package org.autodiffbench.engine.reverse;

import java.util.Arrays;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * Reverse mode prepared for one graph: the primal buffers are the tape (every value the VJP
 * rules read stays alive after the forward sweep), and one {@link AdjointSweep} walks it back.
 */
final class AdjointTape implements PreparedDiff {

    private final Graph graph;
    private final PrimalPlan primal;
    private final AdjointSweep adjoints;
    private final double[] scalarValue = new double[1];
    private final CallCounter counter = new CallCounter();

    AdjointTape(Graph graph) {
        this.graph = graph;
        this.primal = new PrimalPlan(graph);
        this.adjoints = new AdjointSweep(primal, 0, graph.nodeCount());
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
        primal.load(x);
        counter.flops(primal.evaluateAll());
        counter.stageEvaluations(graph.stageCount());
        primal.readOutputs(y);
    }

    /** The taped forward sweep. */
    private void record(double[] x) {
        counter.reset();
        primal.load(x);
        counter.flops(primal.evaluateAll());
        counter.stageEvaluations(graph.stageCount());
        counter.retained(adjoints.tapeBytes() + adjoints.adjointBytes());
    }

    private void sweepBack() {
        counter.flops(adjoints.sweep());
        counter.adjointSweep();
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        if (!graph.hasScalarOutput()) {
            throw new IllegalArgumentException("gradient needs a scalar output; this graph has "
                    + graph.outputSize() + " outputs (use jacobian)");
        }
        requireLength("gradient", gradient, graph.parameterCount());
        record(x);
        adjoints.clear();
        seedOutput(graph.output(0), 0, 1.0);
        sweepBack();
        gather(gradient, 0);
        primal.readOutputs(scalarValue);
        return scalarValue[0];
    }

    @Override
    public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        requireLength("cotangent", u, graph.outputSize());
        requireLength("adjoint output", xBar, graph.parameterCount());
        record(x);
        adjoints.clear();
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            int size = graph.node(node).shape().size();
            for (int i = 0; i < size; i++) {
                seedOutput(node, i, u[row + i]);
            }
            row += size;
        }
        sweepBack();
        gather(xBar, 0);
        primal.readOutputs(y);
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        int n = graph.parameterCount();
        requireLength("jacobian", jacobian, (long) graph.outputSize() * n);
        record(x);
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            int size = graph.node(node).shape().size();
            for (int i = 0; i < size; i++) {
                adjoints.clear();
                seedOutput(node, i, 1.0);
                sweepBack();
                gather(jacobian, (row + i) * n);
            }
            row += size;
        }
        primal.readOutputs(y);
    }

    /** Adds {@code value} to the adjoint of element i of an output node (an output listed twice adds up). */
    private void seedOutput(int node, int i, double value) {
        double[] adjoint = adjoints.adjoint(node);
        if (adjoint != null) {
            adjoint[i] += value;
        }
    }

    /** Copies the adjoints of the differentiable inputs into {@code target} from {@code start}. */
    private void gather(double[] target, int start) {
        for (int k = 0; k < primal.differentiableInputCount(); k++) {
            int node = primal.differentiableNode(k);
            int offset = start + primal.differentiableOffset(k);
            double[] adjoint = adjoints.adjoint(node);
            int size = graph.node(node).shape().size();
            if (adjoint == null) {
                Arrays.fill(target, offset, offset + size, 0.0);
            } else {
                System.arraycopy(adjoint, 0, target, offset, size);
            }
        }
    }

    private static void requireLength(String what, double[] array, long expected) {
        if (array.length != expected) {
            throw new IllegalArgumentException(what + " array has " + array.length + " entries, expected " + expected);
        }
    }

    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
