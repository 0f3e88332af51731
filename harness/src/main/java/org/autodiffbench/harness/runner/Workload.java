package org.autodiffbench.harness.runner;

import java.util.Locale;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;

/**
 * What one benchmark times: an engine's operator on a model ({@link Role#ENGINE}), or one of the
 * model's baselines, the primal ({@link Role#PRIMAL}) or the hand-written derivative
 * ({@link Role#HAND}). Everything is rebuilt from these strings in the JVM that times it.
 */
record Workload(Role role, String engine, Map<String, String> options, String model, int size,
                       Map<String, String> modelOptions, long seed, Operator operator) {

    /** The engine every other is checked against; its value() is the primal of a model without a hand-written one. */
    public static final String REFERENCE_ENGINE = "reverse";

    /** Who answers. */
    public enum Role {
        /** The cell's engine, with its options, on the cell's operator. */
        ENGINE,
        /** f(x): hand-written where the family has it, else the reference engine's value(). */
        PRIMAL,
        /** The hand-written gradient, or Jacobian for a vector-valued model. */
        HAND;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Role of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public Workload {
        options = Map.copyOf(options);
        modelOptions = Map.copyOf(modelOptions);
    }

    /** The model's baseline of this role. */
    static Workload baseline(Role role, BaselineTask task) {
        return new Workload(role, REFERENCE_ENGINE, Map.of(), task.model(), task.size(), task.modelOptions(),
                task.seed(), Operator.VALUE);
    }

    /** Builds the model at its seeded point. */
    ModelInstance instance() {
        return ModelFamilies.require(model).instance(size, modelOptions, seed);
    }

    /**
     * Prepares whoever answers and allocates the call's buffers.
     *
     * @throws UnsupportedOperatorException if the engine does not offer the operator
     * @throws IllegalArgumentException if the engine refuses the options or the graph
     */
    OperatorCall prepare(ModelInstance instance, EngineRegistry registry) {
        return switch (role) {
            case ENGINE -> {
                DiffEngine e = registry.require(engine);
                EngineOptions engineOptions = EngineOptions.of(options);
                engineOptions.requireKnown(e.id(), e.options());
                if (!e.capabilities().contains(operator)) {
                    throw new UnsupportedOperatorException(e.id(), operator);
                }
                yield OperatorCall.of(e.prepare(instance.graph(), engineOptions), operator, instance.point(), seed);
            }
            case PRIMAL -> OperatorCall.of(primal(instance, registry), Operator.VALUE, instance.point(), seed);
            case HAND -> {
                HandDerivative hand = instance.handDerivative().orElseThrow(() -> new IllegalStateException(
                        "model '" + model + "' has no hand-written derivative to time"));
                Operator handOperator = instance.graph().hasScalarOutput() ? Operator.GRADIENT : Operator.JACOBIAN;
                yield OperatorCall.of(new HandPrepared(hand, instance.graph()), handOperator, instance.point(), seed);
            }
        };
    }

    /** f(x) as the model's baseline computes it: hand-written where there is one, else the reference engine's. */
    static PreparedDiff primal(ModelInstance instance, EngineRegistry registry) {
        return instance.handDerivative()
                .<PreparedDiff>map(hand -> new HandPrepared(hand, instance.graph()))
                .orElseGet(() -> registry.require(REFERENCE_ENGINE).prepare(instance.graph(), EngineOptions.none()));
    }

    /** "hand" or the id of the engine whose value() is the primal. */
    static String primalSource(ModelInstance instance) {
        return instance.handDerivative().isPresent() ? HandPrepared.ID : REFERENCE_ENGINE;
    }

    /** The JMH parameters that rebuild this workload in {@link CellBenchmark}. */
    Map<String, String> jmhParameters() {
        return Map.of("role", role.label(), "engine", engine, "options", OptionText.encode(options),
                "model", model, "size", Integer.toString(size), "modelOptions", OptionText.encode(modelOptions),
                "seed", Long.toString(seed), "operator", operator.name());
    }

    /** The workload that {@link #jmhParameters()} describe. */
    static Workload fromJmhParameters(String role, String engine, String options, String model, int size,
                                      String modelOptions, long seed, String operator) {
        return new Workload(Role.of(role), engine, OptionText.decode(options), model, size,
                OptionText.decode(modelOptions), seed, Operator.valueOf(operator));
    }
}
