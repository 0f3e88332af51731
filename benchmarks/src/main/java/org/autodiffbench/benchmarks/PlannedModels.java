package org.autodiffbench.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.autodiffbench.models.ModelInstance;

/**
 * The models each state of {@link CompiledEnginesBenchmark} was asked to run, so that a table
 * has a row for every planned model, measured or not: a benchmark that failed in JMH is a missed
 * target, never a row that silently went away.
 *
 * @param withHandPrimal the JVP models whose family has a hand-written primal (the others use the engine's value)
 * @param handJvp the JVP models also measured with their hand-written JVP
 */
record PlannedModels(List<String> hand, List<String> reverse, List<String> mlp, List<String> jvp,
        Set<String> withHandPrimal, List<String> handJvp) {

    PlannedModels {
        hand = List.copyOf(hand);
        reverse = List.copyOf(reverse);
        mlp = List.copyOf(mlp);
        jvp = List.copyOf(jvp);
        withHandPrimal = Set.copyOf(withHandPrimal);
        handJvp = List.copyOf(handJvp);
    }

    /**
     * The benchmark's own parameter values, or those {@code overrides} gives for a parameter
     * (JMH's {@code -p}), each model built once so that a bad one is refused before JMH runs; a
     * JVP model has a hand primal when its instance has a hand derivative. A hand JVP model must be
     * a JVP model whose hand derivative writes a JVP, which is tried once here; the benchmark's own
     * hand JVP models are kept only where the JVP models (perhaps overridden) include them.
     *
     * @throws IllegalArgumentException naming every model that cannot be built, and why
     */
    static PlannedModels of(Function<String, Collection<String>> overrides) {
        List<String> hand = ParameterValues.of(CompiledEnginesBenchmark.HandModel.class, "handModel", overrides);
        List<String> reverse = ParameterValues.of(CompiledEnginesBenchmark.ReverseModel.class, "reverseModel", overrides);
        List<String> mlp = ParameterValues.of(CompiledEnginesBenchmark.InterpretedMlp.class, "mlpModel", overrides);
        List<String> jvp = ParameterValues.of(CompiledEnginesBenchmark.JvpModel.class, "jvpModel", overrides);
        List<String> handJvp = ParameterValues.of(CompiledEnginesBenchmark.HandJvpModel.class, "handJvpModel", overrides);
        if (overrides.apply("handJvpModel") == null) {
            handJvp = handJvp.stream().filter(jvp::contains).toList();
        }
        Set<String> withHandPrimal = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String model : Stream.of(hand, reverse, mlp, jvp, handJvp).flatMap(List::stream).distinct().toList()) {
            try {
                ModelInstance instance = ModelParam.parse(model).instance();
                if (jvp.contains(model) && instance.handDerivative().isPresent()) {
                    withHandPrimal.add(model);
                }
                if (handJvp.contains(model) && !writesJvp(instance)) {
                    problems.add("model '" + model + "' has no hand-written JVP; measure it as a jvpModel only");
                } else if (handJvp.contains(model) && !jvp.contains(model)) {
                    problems.add("hand JVP model '" + model + "' is not a jvpModel; its JVP is read against the "
                            + "engine's on the same model, so add it to -p jvpModel");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new PlannedModels(hand, reverse, mlp, jvp, withHandPrimal, handJvp);
    }

    /** Does the model's hand derivative write a JVP? One JVP along zero, at the model's point. */
    private static boolean writesJvp(ModelInstance instance) {
        if (instance.handDerivative().isEmpty()) {
            return false;
        }
        int m = instance.graph().outputSize();
        try {
            instance.handDerivative().get().jvp(instance.point(), new double[instance.parameterCount()],
                    new double[m], new double[m]);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
