package org.autodiffbench.engine.compiled;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.eval.CallArguments;

/**
 * Forward mode over a compiled program. The primal runs once per call and stores every value;
 * each direction is then one tangent sweep that reads those values instead of recomputing them,
 * so a gradient or Jacobian costs one primal and n tangent sweeps (an interpreter sweeping the
 * primal with each tangent spends n primals). Column j of a Jacobian is the tangent of eⱼ. A single
 * JVP runs the fused pass instead, each node's tangent right after its value.
 */
final class CompiledTangents extends CompiledCalls {

    /** The unit direction eⱼ of the current column; zero between calls. */
    private final double[] unit;
    private final double[] scalarValue = new double[1];
    private final CallStatistics jvpStatistics;
    private final CallStatistics columnsStatistics;

    CompiledTangents(CompiledGraph compiled) {
        super(compiled);
        int n = graph.parameterCount();
        this.unit = new double[n];
        jvpStatistics = statistics(1, 0, compiled.retainedBytes(),
                compiled.primalFlops() + compiled.tangentFlops());
        columnsStatistics = statistics(n, 0, compiled.retainedBytes(),
                compiled.primalFlops() + n * compiled.tangentFlops());
    }

    @Override
    public String engineId() {
        return CompiledForwardEngine.ID;
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("direction", v, graph.parameterCount());
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("tangent output", yDot, graph.outputSize());
        program.primalAndTangent(x, v);
        program.readValues(y);
        program.readTangents(yDot, 0, 1);
        record(jvpStatistics);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        byColumns(x, gradient);
        program.readValues(scalarValue);
        return scalarValue[0];
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("jacobian", jacobian, (long) graph.outputSize() * graph.parameterCount());
        byColumns(x, jacobian);
        program.readValues(y);
    }

    /** One primal, then column j of the row-major m × n Jacobian is the tangent of eⱼ. */
    private void byColumns(double[] x, double[] jacobian) {
        int n = unit.length;
        program.primal(x);
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            program.tangent(unit);
            unit[j] = 0.0;
            program.readTangents(jacobian, j, n);
        }
        record(columnsStatistics);
    }
}
