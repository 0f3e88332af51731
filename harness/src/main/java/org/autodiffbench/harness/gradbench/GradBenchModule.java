package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.ModelSpec;

/**
 * One of GradBench's evals as this project implements its module: for each of the eval's
 * functions, the way from the eval's JSON input to a graph of a model family and from the
 * engine's answer back to the eval's JSON output, exactly as the eval's README types them.
 */
public interface GradBenchModule {

    /** The module the eval defines, e.g. {@code "llsq"}. */
    String name();

    /** The model family whose graphs this module evaluates, e.g. {@code "gb-llsq"}. */
    String family();

    /** The eval's functions this module implements, e.g. {@code primal} and {@code gradient}. */
    List<String> functions();

    /**
     * The work of one {@code evaluate} message.
     *
     * @throws GradBenchRefusal when the function needs what this project cannot do (one line, why)
     * @throws IllegalArgumentException naming the field, for an input that is not of the eval's type
     */
    GradBenchTask task(String function, JsonNode input);

    /**
     * The eval's side: what the eval would send a tool for {@code operator} on the model a
     * campaign cell builds ({@code instance}, made from {@code model}), and how the tool's output
     * reads back. Empty when no function of the eval computes that operator of this family's model.
     */
    default Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        return Optional.empty();
    }
}
