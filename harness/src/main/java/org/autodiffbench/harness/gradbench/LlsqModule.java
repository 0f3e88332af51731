package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.LlsqFamily;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code llsq} eval on the {@code gb-llsq} family: input {@code {x: double[], n: int}},
 * {@code primal} the objective (a {@code double}), {@code gradient} its gradient (a {@code double[]}
 * of x's length). Tasks of one function, one n and one length of x share a graph.
 */
public final class LlsqModule extends PrimalAndGradientModule {

    public LlsqModule() {
        super("llsq", LlsqFamily.ID);
    }

    @Override
    GradBenchTask task(boolean gradient, JsonNode input) {
        double[] x = EvalInput.doubles(input, "x");
        int n = EvalInput.integer(input, "n", 2, "t_i = −1 + 2i/(n − 1) is 0/0 at n = 1");
        int m = x.length;
        String key = "llsq " + (gradient ? "gradient" : "primal") + " n=" + n + " m=" + m;
        return gradient
                ? GraphTask.gradient(key, () -> LlsqFamily.graph(n, m), x)
                : GraphTask.number(key, () -> LlsqFamily.graph(n, m), x);
    }

    /** {@code {x, n}}: the model's coefficients and its size, the sample points n. */
    @Override
    ObjectNode evalInput(ModelSpec model, ModelInstance instance) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("x", GraphTask.array(instance.point()));
        return input.put("n", model.size());
    }
}
