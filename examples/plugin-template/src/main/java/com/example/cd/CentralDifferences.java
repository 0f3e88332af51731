package com.example.cd;

import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;

/**
 * Central differences for one graph: column j of the Jacobian is (f(x + h·eⱼ) − f(x − h·eⱼ)) / 2h
 * with h = step·max(1, |xⱼ|), and a jvp is (f(x + h·v) − f(x − h·v)) / 2h. Where f itself is not
 * finite, neither is its derivative (NaN), rather than a difference of two huge numbers.
 *
 * <p>Statistics: each difference is one tangent sweep of two evaluations; what is retained is the
 * two shifted points and the two outputs.
 */
final class CentralDifferences implements PreparedDiff {

    private final Graph graph;
    private final double step;
    private final PrimalPlan plan;
    private final double[] up;
    private final double[] down;
    private final double[] yUp;
    private final double[] yDown;
    private final long retainedBytes;
    private final CallCounter counter = new CallCounter();

    CentralDifferences(Graph graph, double step) {
        this.graph = graph;
        this.step = step;
        this.plan = new PrimalPlan(graph);
        int n = graph.parameterCount();
        int m = graph.outputSize();
        this.up = new double[n];
        this.down = new double[n];
        this.yUp = new double[m];
        this.yDown = new double[m];
        this.retainedBytes = 2 * (16 + 8L * n) + 2 * (16 + 8L * m);
    }

    @Override
    public String engineId() {
        return CentralDifferencesEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(plan.evaluate(x, y));
        counter.stageEvaluations(graph.stageCount());
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        double[] y = new double[1];
        jacobian(x, y, gradient);
        return y[0];
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        int n = graph.parameterCount();
        int m = graph.outputSize();
        CallArguments.requireLength("jacobian", jacobian, (long) m * n);
        value(x, y);
        System.arraycopy(x, 0, up, 0, n);
        System.arraycopy(x, 0, down, 0, n);
        for (int j = 0; j < n; j++) {
            double h = step * Math.max(1.0, Math.abs(x[j]));
            up[j] = x[j] + h;
            down[j] = x[j] - h;
            evaluateBoth();
            double width = up[j] - down[j];
            for (int i = 0; i < m; i++) {
                jacobian[i * n + j] = difference(y[i], yUp[i], yDown[i], width);
            }
            up[j] = x[j];
            down[j] = x[j];
        }
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        int n = graph.parameterCount();
        CallArguments.requireLength("direction", v, n);
        value(x, y);
        double largest = 0;
        double scale = 1;
        for (int j = 0; j < n; j++) {
            largest = Math.max(largest, Math.abs(v[j]));
            scale = Math.max(scale, Math.abs(x[j]));
        }
        double h = largest == 0 ? 0 : step * scale / largest;
        for (int j = 0; j < n; j++) {
            up[j] = x[j] + h * v[j];
            down[j] = x[j] - h * v[j];
        }
        evaluateBoth();
        for (int i = 0; i < yDot.length; i++) {
            yDot[i] = h == 0 ? difference(y[i], 0, 0, 1) : difference(y[i], yUp[i], yDown[i], 2 * h);
        }
    }

    /** f(up) and f(down): one tangent sweep of two evaluations. */
    private void evaluateBoth() {
        counter.flops(plan.evaluate(up, yUp) + plan.evaluate(down, yDown));
        counter.stageEvaluations(2L * graph.stageCount());
        counter.tangentSweep();
        counter.retained(retainedBytes);
    }

    private static double difference(double value, double fUp, double fDown, double width) {
        return Double.isFinite(value) ? (fUp - fDown) / width : Double.NaN;
    }

    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
