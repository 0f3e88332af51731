package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.testengines.NoisyValueTestEngine;
import org.autodiffbench.harness.testengines.WrongAddRuleTestEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict on one answer against every reference there is, as a cell reaches it: a correct
 * engine is never called wrong by finite differences, and a subtly wrong one is still caught by
 * the exact references.
 */
class DerivativeCheckTest {

    private static final EngineRegistry ENGINES = EngineRegistry.discover();
    private static final List<String> BUILT_IN = List.of("forward", "reverse", "checkpointed");
    private static final double TOLERANCE = 1e-9;
    private static final int DIRECTIONS = 3;
    private static final long SEEDS = 20;

    private static DerivativeCheck.Verdict check(DiffEngine engine, EngineRegistry registry, Operator operator,
                                                 ModelInstance model, long seed) {
        OperatorCall call = OperatorCall.of(engine.prepare(model.graph(), EngineOptions.none()), operator,
                model.point(), seed);
        call.call();
        return DerivativeCheck.check(engine.id(), model, registry, call, seed, TOLERANCE, DIRECTIONS);
    }

    private static ReferenceCheck finiteDifferences(DerivativeCheck.Verdict verdict) {
        return verdict.agreement().references().stream()
                .filter(r -> r.kind() == ReferenceKind.FINITE_DIFFERENCES).findFirst().orElseThrow();
    }

    /**
     * Small to medium sizes of every family, the ode chain at 1000 steps among them; deep MLPs
     * narrow, so that forward mode's one sweep per parameter stays quick.
     */
    static Stream<Arguments> models() {
        Map<String, String> none = Map.of();
        Map<String, String> narrow = Map.of("width", "4");
        return Stream.of(Arguments.of("scalar-example", 2, none), Arguments.of("scalar-dag", 8, none),
                Arguments.of("scalar-dag", 64, none), Arguments.of("mlp-width", 3, none),
                Arguments.of("mlp-width", 16, none), Arguments.of("jacobian", 4, none),
                Arguments.of("jacobian", 16, none), Arguments.of("mlp-depth", 3, narrow),
                Arguments.of("mlp-depth", 9, narrow), Arguments.of("ode-chain", 10, none),
                Arguments.of("ode-chain", 1000, none));
    }

    /** The gradient of a scalar function, otherwise every operator the engine has for a vector one. */
    private static Set<Operator> operators(DiffEngine engine, ModelInstance model) {
        Set<Operator> operators = model.graph().hasScalarOutput() ? EnumSet.of(Operator.GRADIENT)
                : EnumSet.of(Operator.JACOBIAN, Operator.JVP, Operator.VJP);
        operators.retainAll(engine.capabilities());
        return operators;
    }

    /** Reverse mode agrees with the hand-written adjoint to 5e-16 here; the fixed-step central difference, to 1.7e-6. */
    @Test
    void aCorrectGradientOfALongOdeChainIsNotCalledWrongByFiniteDifferences() {
        ModelInstance model = ModelFamilies.require("ode-chain").instance(1000, Map.of(), 7);
        DerivativeCheck.Verdict verdict = check(ENGINES.require("reverse"), ENGINES, Operator.GRADIENT, model, 7);
        assertThat(verdict.reason()).isNull();
        assertThat(verdict.outcome()).isEqualTo(Outcome.OK);
        assertThat(verdict.agreement().references().get(0).rho()).isLessThan(1e-14);
        ReferenceCheck fd = finiteDifferences(verdict);
        assertThat(fd.rho()).isLessThan(1e-9);
        assertThat(fd.tolerance()).isEqualTo(FiniteDifferenceCheck.TOLERANCE_FLOOR);
    }

    @ParameterizedTest(name = "{0} size {1} {2}, seeds 1 to 20")
    @MethodSource("models")
    void noBuiltInEngineIsCalledWrongOnAnySeed(String family, int size, Map<String, String> options) {
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            ModelInstance model = ModelFamilies.require(family).instance(size, options, seed);
            for (String id : BUILT_IN) {
                DiffEngine engine = ENGINES.require(id);
                for (Operator operator : operators(engine, model)) {
                    DerivativeCheck.Verdict verdict = check(engine, ENGINES, operator, model, seed);
                    if (verdict.outcome() != Outcome.OK) {
                        wrong.add(id + " " + operator.label() + " seed " + seed + ": " + verdict.reason());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0} size {1} {2}, seeds 1 to 20")
    @MethodSource("models")
    void anAddRuleWrongByOneInAMillionIsCaughtByAnExactReferenceOnEverySeed(String family, int size,
                                                                             Map<String, String> options) {
        DiffEngine engine = new WrongAddRuleTestEngine();
        List<String> missed = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            ModelInstance model = ModelFamilies.require(family).instance(size, options, seed);
            for (Operator operator : operators(engine, model)) {
                DerivativeCheck.Verdict verdict = check(engine, ENGINES, operator, model, seed);
                if (verdict.outcome() != Outcome.DISAGREES || !verdict.reason().startsWith("ρ ")) {
                    missed.add(operator.label() + " seed " + seed + ": " + verdict.outcome() + " " + verdict.reason());
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    /**
     * Noise of 1e-8 in the value moves the differences by more than the floor of 1e-6, and their
     * error estimate knows it: the mismatch is within the tolerance the estimate sets.
     */
    @Test
    void aMismatchWithinTheFiniteDifferencesOwnErrorEstimateIsNotADisagreement() {
        DiffEngine noisy = new NoisyValueTestEngine(1e-8);
        ModelInstance model = ModelFamilies.require("scalar-dag").instance(8, Map.of(), 1);
        DerivativeCheck.Verdict verdict = check(noisy, EngineRegistry.of(List.of(noisy)), Operator.GRADIENT, model, 1);
        ReferenceCheck fd = finiteDifferences(verdict);
        assertThat(verdict.outcome()).as("%s", fd).isEqualTo(Outcome.OK);
        assertThat(fd.rho()).isGreaterThan(FiniteDifferenceCheck.TOLERANCE_FLOOR);
        assertThat(fd.tolerance()).isGreaterThanOrEqualTo(fd.rho()).isLessThanOrEqualTo(FiniteDifferenceCheck.INCONCLUSIVE_ABOVE);
        assertThat(fd.note()).isEqualTo("3 directions of noisy-value-test's value");
        assertThat(verdict.agreement().tolerance()).isEqualTo(fd.tolerance());
    }

    /**
     * Noise of 1e-5 in the value (and no other reference: no hand derivative, no reverse engine)
     * leaves finite differences an error of about 1e-3: they cannot judge the gradient, and say so.
     */
    @Test
    void finiteDifferencesThatCannotReachAUsefulAccuracyAreInconclusiveNotADisagreement() {
        DiffEngine noisy = new NoisyValueTestEngine(1e-5);
        ModelInstance model = ModelFamilies.require("scalar-dag").instance(8, Map.of(), 1);
        DerivativeCheck.Verdict verdict = check(noisy, EngineRegistry.of(List.of(noisy)), Operator.GRADIENT, model, 1);
        assertThat(verdict.outcome()).isEqualTo(Outcome.OK);
        assertThat(verdict.reason()).isNull();
        ReferenceCheck fd = finiteDifferences(verdict);
        assertThat(fd.rho()).isPositive();
        assertThat(fd.tolerance()).isNull();
        // two significant digits of a ρ from 1e-5 (inconclusive) to 1: 2.3e-05, 0.00023, 0.12
        assertThat(fd.note()).matches("inconclusive: finite differences reach only ~(\\d\\.\\de-05|0\\.0*[1-9]\\d?) "
                + "here \\(3 directions of noisy-value-test's value\\)");
        assertThat(verdict.agreement().tolerance()).isNull();
    }
}
