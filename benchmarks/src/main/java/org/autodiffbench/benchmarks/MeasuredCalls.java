package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/** The calls one JMH run measured, by benchmark method and model parameter, in the order they ran. */
final class MeasuredCalls {

    private final Map<String, Map<String, MeasuredCall>> byMethod = new LinkedHashMap<>();

    /**
     * The results of a run, each filed under its method and the value of the first of
     * {@code modelParameters} it has.
     *
     * @throws IllegalArgumentException for a result with none of the model parameters
     */
    static MeasuredCalls of(Collection<RunResult> results, String... modelParameters) {
        MeasuredCalls calls = new MeasuredCalls();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            String model = null;
            for (String parameter : modelParameters) {
                if (model == null) {
                    model = result.getParams().getParam(parameter);
                }
            }
            if (model == null) {
                throw new IllegalArgumentException("benchmark " + method + " has none of the model parameters "
                        + String.join(", ", modelParameters));
            }
            calls.put(method, model, MeasuredCall.of(result));
        }
        return calls;
    }

    MeasuredCalls put(String method, String model, MeasuredCall call) {
        byMethod.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(model, call);
        return this;
    }

    /** The call of {@code method} on {@code model}; empty when it did not run (or failed). */
    Optional<MeasuredCall> find(String method, String model) {
        return Optional.ofNullable(byMethod.getOrDefault(method, Map.of()).get(model));
    }

    /** The models {@code method} ran on, in order. */
    List<String> models(String method) {
        return List.copyOf(byMethod.getOrDefault(method, Map.of()).keySet());
    }
}
