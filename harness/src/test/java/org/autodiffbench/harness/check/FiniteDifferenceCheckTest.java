package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Central differences confirm correct derivatives of every operator to far better than their
 * tolerance, and catch a derivative that is wrong by 1e-3 in one element.
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
        assertThat(result.maxRho()).isLessThan(FiniteDifferenceCheck.TOLERANCE / 100);
    }

    @Test
    void aGradientWrongInOneElementIsCaught() {
        ModelInstance model = ModelFamilies.require("scalar-example").instance(2, Map.of(), 1);
        PreparedDiff wrong = new OffByOneTestEngine().prepare(model.graph(), EngineOptions.none());
        PreparedDiff primal = new HandPrepared(model.handDerivative().orElseThrow(), model.graph());
        assertThat(check(wrong, Operator.GRADIENT, model, primal).maxRho())
                .isGreaterThan(FiniteDifferenceCheck.TOLERANCE);
    }

    @Test
    void aNonFiniteDerivativeIsInfinitelyFarAndAValueHasNothingToCheck() {
        ModelInstance model = ModelFamilies.require("scalar-example").instance(2, Map.of(), 1);
        PreparedDiff primal = new HandPrepared(model.handDerivative().orElseThrow(), model.graph());
        PreparedDiff nan = new NanTestEngine().prepare(model.graph(), EngineOptions.none());
        assertThat(check(nan, Operator.GRADIENT, model, primal).maxRho()).isInfinite();
        assertThat(check(primal, Operator.VALUE, model, primal)).isNull();
    }
}
