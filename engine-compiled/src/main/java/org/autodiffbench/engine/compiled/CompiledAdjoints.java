package org.autodiffbench.engine.compiled;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.JacobianRows;
import org.autodiffbench.api.eval.MatrixAdjointJacobian;

/**
 * Reverse mode over a compiled program: the primal keeps every value in the program's arrays (the
 * tape), and the adjoint code walks them back, writing the gradient in place in the caller's
 * array. The statistics of each operator are fixed by the graph, so they are counted once here.
 */
final class CompiledAdjoints extends CompiledCalls {

    /** The seed of a gradient: ȳ = 1 on the one output. */
    private static final double[] UNIT_SEED = {1.0};

    private final JacobianRows rows;
    private final JacobianRows.RowSweep rowSweep;
    /** The one-sweep Jacobian with matrix adjoints, when every active node has a matrix-adjoint rule. */
    private final MatrixAdjointJacobian matrixSweep;
    private final double[] scalarValue = new double[1];
    private final CallStatistics sweepStatistics;
    private final CallStatistics jacobianStatistics;
    /** The record of a one-sweep Jacobian: its flops are fixed by the plan, so it is made on the first call. */
    private CallStatistics matrixStatistics;

    CompiledAdjoints(CompiledGraph compiled) {
        super(compiled);
        this.rows = new JacobianRows(graph.outputSize(), graph.parameterCount());
        this.rowSweep = program::adjoint;
        long m = graph.outputSize();
        sweepStatistics = statistics(0, 1, compiled.retainedBytes(),
                compiled.primalFlops() + compiled.adjointFlops());
        this.matrixSweep = compiled.nodeValues().flatMap(values -> MatrixAdjointJacobian.plan(graph, values))
                .orElse(null);
        jacobianStatistics = statistics(0, m, compiled.retainedBytes(),
                compiled.primalFlops() + m * compiled.adjointFlops());
    }

    @Override
    public String engineId() {
        return CompiledReverseEngine.ID;
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        program.primal(x);
        program.adjoint(UNIT_SEED, gradient);
        program.readValues(scalarValue);
        record(sweepStatistics);
        return scalarValue[0];
    }

    @Override
    public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("cotangent", u, graph.outputSize());
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("adjoint output", xBar, graph.parameterCount());
        program.primal(x);
        program.adjoint(u, xBar);
        program.readValues(y);
        record(sweepStatistics);
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("jacobian", jacobian, (long) graph.outputSize() * graph.parameterCount());
        program.primal(x);
        if (matrixSweep != null) {
            long flops = compiled.primalFlops() + matrixSweep.fill(x, jacobian);
            if (matrixStatistics == null || matrixStatistics.flops() != flops) {
                matrixStatistics = statistics(0, 1, compiled.retainedBytes() + matrixSweep.retainedBytes(), flops);
            }
            record(matrixStatistics);
        } else {
            rows.fill(jacobian, rowSweep);
            record(jacobianStatistics);
        }
        program.readValues(y);
    }
}
