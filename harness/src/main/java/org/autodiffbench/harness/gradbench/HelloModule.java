package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.HelloFamily;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code hello} module: {@code square} is x² and {@code double} its gradient, 2x.
 * The input of both is a bare number (no {@code min_runs}), and so is the output.
 */
public final class HelloModule implements GradBenchModule {

    private static final String SQUARE = "square";
    private static final String DOUBLE = "double";

    @Override
    public String name() {
        return "hello";
    }

    @Override
    public String family() {
        return HelloFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(SQUARE, DOUBLE);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (!functions().contains(function)) {
            throw new IllegalArgumentException("module hello has no function '" + function + "'; it has "
                    + String.join(", ", functions()));
        }
        if (input == null || !input.isNumber()) {
            throw new IllegalArgumentException("hello's input must be a number, was " + input);
        }
        return new HelloTask(function, HelloFamily.model(input.doubleValue()));
    }


    /** {@code square} for the value and {@code double} for the gradient, on the model's one number. */
    @Override
    public Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        JsonNode input = DoubleNode.valueOf(instance.point()[0]);
        return switch (operator) {
            case VALUE -> Optional.of(new EvalCall(SQUARE, input, EvalOutput::number));
            case GRADIENT -> Optional.of(new EvalCall(DOUBLE, input, EvalOutput::number));
            default -> Optional.empty();
        };
    }

    /** One number squared or doubled; the engine's value or gradient of x². */
    private static final class HelloTask implements GradBenchTask {

        private final String function;
        private final ModelInstance model;
        private final double[] x;
        private final double[] result = new double[1];

        HelloTask(String function, ModelInstance model) {
            this.function = function;
            this.model = model;
            this.x = model.point();
        }

        @Override
        public String key() {
            return "hello/" + function;
        }

        @Override
        public Graph graph() {
            return model.graph();
        }

        @Override
        public Set<Operator> operators() {
            return Set.of(function.equals(SQUARE) ? Operator.VALUE : Operator.GRADIENT);
        }

        @Override
        public void run(PreparedDiff prepared) {
            if (function.equals(SQUARE)) {
                prepared.value(x, result);
            } else {
                prepared.gradient(x, result);
            }
        }

        @Override
        public JsonNode output() {
            return DoubleNode.valueOf(result[0]);
        }
    }
}
