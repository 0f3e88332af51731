package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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
}
