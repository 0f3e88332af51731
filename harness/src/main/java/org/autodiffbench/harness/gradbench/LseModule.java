package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.LseFamily;
import org.autodiffbench.results.ModelSpec;

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

    /** {@code {x}}: the model's point; either form of the family computes the eval's function. */
    @Override
    ObjectNode evalInput(ModelSpec model, ModelInstance instance) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        return input.set("x", GraphTask.array(instance.point()));
    }
}
