package org.autodiffbench.harness.gradbench;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;

/**
 * What an external tool answered at the model's point, as a prepared engine that gives it back,
 * so that the harness's one check ({@link org.autodiffbench.harness.check.DerivativeCheck}) judges
 * it as it judges any engine. It answers only at that point, for the operator the tool computed.
 */
final class ToolAnswer implements PreparedDiff {

    private final String toolId;
    private final Graph graph;
    private final Operator operator;
    private final double[] value;
    private final double[] derivative;

    ToolAnswer(String toolId, Graph graph, Operator operator, double[] value, double[] derivative) {
        this.toolId = toolId;
        this.graph = graph;
        this.operator = operator;
        this.value = value.clone();
        this.derivative = derivative.clone();
    }

    @Override
    public String engineId() {
        return toolId;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        System.arraycopy(value, 0, y, 0, value.length);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        if (operator != Operator.GRADIENT) {
            throw new UnsupportedOperatorException(toolId, Operator.GRADIENT);
        }
        System.arraycopy(derivative, 0, gradient, 0, derivative.length);
        return value[0];
    }

    /** The tool reports timings, not this project's counts. */
    @Override
    public CallStatistics statistics() {
        throw new UnsupportedOperationException("an external GradBench tool keeps no engine statistics");
    }
}
