package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.testengines.NanTestEngine;
import org.autodiffbench.harness.testengines.OffByOneTestEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extrapolated central differences confirm correct derivatives of every operator to far better
 * than their tolerance, catch a derivative that is wrong by 1e-3 in one element, and set their
 * tolerance by their own error estimate.
 */
class FiniteDifferenceCheckTest {

    private static final EngineRegistry ENGINES = EngineRegistry.discover();

    private static FiniteDifferenceCheck.Result check(PreparedDiff engine, Operator operator, ModelInstance model,
                                                      PreparedDiff primal) {
        OperatorCall call = OperatorCall.of(engine, operator, model.point(), 5);
        call.call();
        return FiniteDifferenceCheck.check(call, primal, model.point(), 4, 11);
    }

    @ParameterizedTest
    @CsvSource({"reverse, GRADIENT, mlp-width, 4", "forward, GRADIENT, scalar-dag, 12",
        "reverse, JACOBIAN, jacobian, 6", "forward, JACOBIAN, jacobian, 6", "forward, JVP, jacobian, 6",
        "reverse, VJP, jacobian, 6", "checkpointed, GRADIENT, ode-chain, 50"})
    void correctDerivativesAgreeFarWithinTheTolerance(String engine, Operator operator, String family, int size) {
        ModelInstance model = ModelFamilies.require(family).instance(size, Map.of(), 3);
        PreparedDiff prepared = ENGINES.require(engine).prepare(model.graph(), EngineOptions.none());
        PreparedDiff primal = ENGINES.require("reverse").prepare(model.graph(), EngineOptions.none());
        FiniteDifferenceCheck.Result result = check(prepared, operator, model, primal);
        assertThat(result.directions()).isEqualTo(operator == Operator.JVP ? 1 : 4);
        assertThat(result.maxRho()).isLessThan(FiniteDifferenceCheck.TOLERANCE_FLOOR / 100);
        assertThat(result.accuracy()).isLessThan(1e-9);
        assertThat(result.tolerance()).isEqualTo(FiniteDifferenceCheck.TOLERANCE_FLOOR);
        assertThat(result.agrees()).isTrue();
    }

    /**
     * 1000 Heun steps of the pendulum at seed 7: the fixed step ε^(1/3)·15 left a truncation error
     * of ρ 1.7e-6 on the hand gradient; the extrapolated differences agree with it to 1e-10.
     */
    @Test
    void aLongOdeChainsGradientAgreesWithTheExtrapolatedDifferences() {
        ModelInstance model = ModelFamilies.require("ode-chain").instance(1000, Map.of(), 7);
        PreparedDiff hand = new HandPrepared(model.handDerivative().orElseThrow(), model.graph());
        OperatorCall call = OperatorCall.of(hand, Operator.GRADIENT, model.point(), 7);
        call.call();
        FiniteDifferenceCheck.Result result = FiniteDifferenceCheck.check(call, hand, model.point(), 3, 7);
        assertThat(result.maxRho()).isLessThan(1e-10);
        assertThat(result.agrees()).isTrue();
    }

    @Test
    void theToleranceIsThirtyTimesTheErrorEstimateButAtLeastTheFloorAndInconclusiveAbove1e4() {
        assertThat(new FiniteDifferenceCheck.Result(5e-7, 1e-9, 3).tolerance()).isEqualTo(1e-6);
        FiniteDifferenceCheck.Result rough = new FiniteDifferenceCheck.Result(2e-5, 1e-6, 3);
        assertThat(rough.tolerance()).isCloseTo(3e-5, within(1e-20));
        assertThat(rough.conclusive()).isTrue();
        assertThat(rough.agrees()).isTrue();
        assertThat(new FiniteDifferenceCheck.Result(4e-5, 1e-6, 3).agrees()).isFalse();
        FiniteDifferenceCheck.Result useless = new FiniteDifferenceCheck.Result(0.0, 4e-6, 3);
        assertThat(useless.tolerance()).isCloseTo(1.2e-4, within(1e-18));
        assertThat(useless.conclusive()).isFalse();
        assertThat(useless.agrees()).isFalse();
        assertThat(new FiniteDifferenceCheck.Result(0.0, Double.POSITIVE_INFINITY, 3).conclusive()).isFalse();
    }

    @Test
    void aGradientWrongInOneElementIsCaught() {
        ModelInstance model = ModelFamilies.require("scalar-example").instance(2, Map.of(), 1);
        PreparedDiff wrong = new OffByOneTestEngine().prepare(model.graph(), EngineOptions.none());
        PreparedDiff primal = new HandPrepared(model.handDerivative().orElseThrow(), model.graph());
        FiniteDifferenceCheck.Result result = check(wrong, Operator.GRADIENT, model, primal);
        assertThat(result.maxRho()).isGreaterThan(FiniteDifferenceCheck.TOLERANCE_FLOOR);
        assertThat(result.conclusive()).isTrue();
        assertThat(result.agrees()).isFalse();
    }

    @Test
    void aNonFiniteDerivativeIsInfinitelyFarAndAValueHasNothingToCheck() {
        ModelInstance model = ModelFamilies.require("scalar-example").instance(2, Map.of(), 1);
        PreparedDiff primal = new HandPrepared(model.handDerivative().orElseThrow(), model.graph());
        PreparedDiff nan = new NanTestEngine().prepare(model.graph(), EngineOptions.none());
        FiniteDifferenceCheck.Result result = check(nan, Operator.GRADIENT, model, primal);
        assertThat(result.maxRho()).isInfinite();
        assertThat(result.agrees()).isFalse();
        assertThat(check(primal, Operator.VALUE, model, primal)).isNull();
    }
}
