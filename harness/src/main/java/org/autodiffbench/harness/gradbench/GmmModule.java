package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.GmmData;
import org.autodiffbench.models.gradbench.GmmFamily;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code gmm} module on the {@code gb-gmm} family: {@code objective}, the log
 * posterior, and {@code jacobian}, its gradient as the README's Independent object. An input whose
 * residuals N·K·D exceed what one graph may hold is refused.
 */
public final class GmmModule implements GradBenchModule {

    static final String OBJECTIVE = "objective";
    static final String JACOBIAN = "jacobian";

    @Override
    public String name() {
        return "gmm";
    }

    @Override
    public String family() {
        return GmmFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(OBJECTIVE, JACOBIAN);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (!functions().contains(function)) {
            throw new IllegalArgumentException("gmm has no function '" + function + "'; it has objective and jacobian");
        }
        return new GmmTask(function, GmmInput.read(input));
    }

    /**
     * {@code objective} for the value and {@code jacobian} for the gradient, on the family's seeded
     * data of the model (K the size, options d and n) and the model's point as alpha, mu, q and l.
     */
    @Override
    public Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        GmmData data = GmmFamily.data(model.size(), model.options(), model.seed());
        double[] point = instance.point();
        int k = data.k();
        int d = data.d();
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("d", d).put("k", k).put("n", data.n());
        input.set("x", GraphTask.rows(data.x(), 0, data.n(), d));
        input.put("m", data.m()).put("gamma", data.gamma());
        input.set("alpha", GraphTask.array(Arrays.copyOfRange(point, 0, k)));
        input.set("mu", GraphTask.rows(point, data.muOffset(), k, d));
        input.set("q", GraphTask.rows(point, data.qOffset(), k, d));
        input.set("l", GraphTask.rows(point, data.lOffset(), k, data.lowerEntries()));
        return switch (operator) {
            case VALUE -> Optional.of(new EvalCall(OBJECTIVE, input, EvalOutput::number));
            case GRADIENT -> Optional.of(new EvalCall(JACOBIAN, input, output -> independent(output, data)));
            default -> Optional.empty();
        };
    }

    /** The jacobian's Independent object, in the point's order. */
    private static double[] independent(JsonNode output, GmmData data) {
        if (output == null || !output.isObject() || !output.has("alpha") || !output.has("mu") || !output.has("q")
                || !output.has("l")) {
            throw new IllegalArgumentException("the output must be an object with fields alpha, mu, q and l, was "
                    + EvalInput.brief(output));
        }
        return GmmInput.independent(output, data);
    }
}
