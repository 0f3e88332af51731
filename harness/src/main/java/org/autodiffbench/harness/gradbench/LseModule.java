package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import org.autodiffbench.models.gradbench.LseFamily;

/**
 * GradBench's {@code lse} eval on the {@code gb-lse} family, composed from max, exp, sum and log
 * as the eval asks: input {@code {x: double[]}}, {@code primal} LSE(x) (a {@code double}),
 * {@code gradient} the softmax (a {@code double[]}). Tasks of one function and one length of x
 * share a graph.
 */
public final class LseModule extends PrimalAndGradientModule {

    public LseModule() {
        super("lse", LseFamily.ID);
    }

    @Override
    GradBenchTask task(boolean gradient, JsonNode input) {
        double[] x = EvalInput.doubles(input, "x");
        int n = x.length;
        String key = "lse " + (gradient ? "gradient" : "primal") + " n=" + n;
        return gradient
                ? GraphTask.gradient(key, () -> LseFamily.composedGraph(n), x)
                : GraphTask.number(key, () -> LseFamily.composedGraph(n), x);
    }
}
