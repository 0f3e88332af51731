package org.autodiffbench.harness.timing;

import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.DerivativeCheck;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.check.HandPrepared;
import org.autodiffbench.harness.check.OperatorCall;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Problem;

/**
 * What one benchmark times, rebuilt from a {@link CellSpec} in the JVM that times it: the cell's
 * engine on its operator ({@link Role#ENGINE}), or one of its model's baselines, the primal
 * ({@link Role#PRIMAL}), the hand-written derivative ({@link Role#HAND}) or a named one
 * ({@link Role#NAMED}, {@code baseline} its name).
 *
 * @param baseline the named baseline's name for {@link Role#NAMED}, else ignored
 */
public record Workload(Role role, CellSpec cell, String baseline) {

    /** A workload of a role other than {@link Role#NAMED}. */
    public Workload(Role role, CellSpec cell) {
        this(role, cell, null);
    }

    /** Who answers. */
    public enum Role {
        /** The cell's engine, with its options, on the cell's operator. */
        ENGINE,
        /** f(x): hand-written where the family has it, else the reference engine's value(). */
        PRIMAL,
        /** The hand-written gradient, or Jacobian for a vector-valued model. */
        HAND,
        /** One of the model's named baselines, e.g. the hand-written gradient on the scalar kernels. */
        NAMED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Builds the cell's model at its seeded point, with the family found as this JVM's plugin path
     * finds it (a plugin family of the campaign's {@code pluginPath} included).
     */
    public static ModelInstance instance(ModelSpec model) {
        return FamilyRegistry.discover().require(model.family()).instance(model.size(), model.options(), model.seed());
    }

    /** Builds the cell's model at its seeded point. */
    public ModelInstance instance() {
        return instance(cell.model());
    }

    /**
     * Builds the cell's model and records its dimensions, with the family found once as
     * {@link #instance(ModelSpec)} finds it.
     */
    public static CellModel build(ModelSpec model) {
        ModelFamily family = FamilyRegistry.discover().require(model.family());
        ModelInstance instance = family.instance(model.size(), model.options(), model.seed());
        return new CellModel(instance, Problem.of(instance.graph(), family.sizeMeaning(model.options())));
    }

    /**
     * Prepares whoever answers and allocates the call's buffers.
     *
     * @throws UnsupportedOperatorException if the engine does not offer the operator
     * @throws org.autodiffbench.api.UnsupportedPrimitiveException if the graph uses a primitive the engine lacks
     * @throws IllegalArgumentException if the engine refuses the options or the graph
     */
    public OperatorCall prepare(ModelInstance instance, EngineRegistry registry) {
        long seed = cell.model().seed();
        return switch (role) {
            case ENGINE -> OperatorCall.prepare(registry.require(cell.engine()), EngineOptions.of(cell.engineOptions()),
                    instance.graph(), cell.operator(), instance.point(), seed);
            case PRIMAL -> OperatorCall.of(primal(instance, registry), Operator.VALUE, instance.point(), seed);
            case HAND -> DerivativeTask.of(instance).handCall().orElseThrow(() -> new IllegalStateException(
                    "model '" + cell.model().family() + "' has no hand-written derivative to time"));
            case NAMED -> new DerivativeTask(instance.graph(), instance.point(), Optional.of(instance
                    .namedBaseline(baseline).orElseThrow(() -> new IllegalStateException("model '"
                            + cell.model().family() + "' has no baseline named '" + baseline + "'"))
                    .newDerivative())).handCall().orElseThrow();
        };
    }

    /** f(x) as the model's baseline computes it: hand-written where there is one, else the reference engine's. */
    public static PreparedDiff primal(ModelInstance instance, EngineRegistry registry) {
        return instance.handDerivative()
                .<PreparedDiff>map(hand -> new HandPrepared(hand, instance.graph()))
                .orElseGet(() -> registry.require(DerivativeCheck.REFERENCE_ENGINE).prepare(instance.graph(),
                        EngineOptions.none()));
    }

    /** "hand" or the id of the engine whose value() is the primal. */
    public static String primalSource(ModelInstance instance) {
        return instance.handDerivative().isPresent() ? HandPrepared.ID : DerivativeCheck.REFERENCE_ENGINE;
    }
}
