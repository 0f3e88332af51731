package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.ModelSpec;

/**
 * An eval whose two functions are {@code primal} and {@code gradient} of one input type, as llsq,
 * lse and ode are: the module names its eval and family and makes the task of a known function.
 */
abstract class PrimalAndGradientModule implements GradBenchModule {

    private static final List<String> FUNCTIONS = List.of("primal", "gradient");

    private final String name;
    private final String family;

    PrimalAndGradientModule(String name, String family) {
        this.name = name;
        this.family = family;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String family() {
        return family;
    }

    @Override
    public final List<String> functions() {
        return FUNCTIONS;
    }

    @Override
    public final GradBenchTask task(String function, JsonNode input) {
        if (!FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("module '" + name + "' has no function '" + function
                    + "'; its functions are " + String.join(", ", FUNCTIONS));
        }
        return task(function.equals("gradient"), input);
    }

    /**
     * The task of {@code gradient} or, when {@code gradient} is false, of {@code primal}.
     *
     * @throws IllegalArgumentException naming the field, for an input that is not of the eval's type
     */
    abstract GradBenchTask task(boolean gradient, JsonNode input);

    /** {@code primal} for the value and {@code gradient} for the gradient, on the eval input of the model. */
    @Override
    public final Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        int parameters = instance.point().length;
        return switch (operator) {
            case VALUE -> Optional.of(new EvalCall("primal", evalInput(model, instance), output -> primalValue(output, parameters)));
            case GRADIENT -> Optional.of(new EvalCall("gradient", evalInput(model, instance),
                    output -> EvalOutput.array(output, parameters)));
            default -> Optional.empty();
        };
    }

    /** The eval's input of the family's model at {@code model}'s size and options. */
    abstract ObjectNode evalInput(ModelSpec model, ModelInstance instance);

    /** The graph's value in the primal's output: a number, unless the module says otherwise. */
    double[] primalValue(JsonNode output, int parameters) {
        return EvalOutput.number(output);
    }
}
