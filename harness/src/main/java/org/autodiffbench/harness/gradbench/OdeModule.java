package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.OdeFamily;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code ode} eval on the {@code gb-ode} family: input {@code {x: double[], s: int}}.
 * {@code primal} is y(2), a {@code double[]} of x's length, from a value-only graph whose output
 * is the whole state; {@code gradient} is the gradient of its last element (a {@code double[]}),
 * from the family's graph, whose scalar output is that element, so that reverse mode takes one
 * sweep. Tasks of one function, one length of x and one s share a graph.
 */
public final class OdeModule extends PrimalAndGradientModule {

    public OdeModule() {
        super("ode", OdeFamily.ID);
    }

    @Override
    GradBenchTask task(boolean gradient, JsonNode input) {
        double[] x = EvalInput.doubles(input, "x");
        int s = EvalInput.integer(input, "s", 1, "Runge–Kutta needs at least one step");
        int n = x.length;
        String key = "ode " + (gradient ? "gradient" : "primal") + " n=" + n + " s=" + s;
        return gradient
                ? GraphTask.gradient(key, () -> OdeFamily.lastElementGraph(n, s), x)
                : GraphTask.values(key, () -> OdeFamily.finalStateGraph(n, s), x, n);
    }

    /** {@code {x, s}}: the model's point and its size, the steps s. */
    @Override
    ObjectNode evalInput(ModelSpec model, ModelInstance instance) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("x", GraphTask.array(instance.point()));
        return input.put("s", model.size());
    }

    /** The primal is all of y(2); the family's graph outputs its last element. */
    @Override
    double[] primalValue(JsonNode output, int parameters) {
        return new double[] {EvalOutput.array(output, parameters)[parameters - 1]};
    }
}
