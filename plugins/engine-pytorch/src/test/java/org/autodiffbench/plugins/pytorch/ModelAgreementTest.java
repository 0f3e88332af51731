package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model families through libtorch against their hand-written derivatives and the reverse engine. */
class ModelAgreementTest {

    @ParameterizedTest(name = "{0} size {1}")
    @CsvSource({"scalar-example, 2", "mlp-width, 8", "mlp-width, 64", "mlp-depth, 4", "ode-chain, 30"})
    void gradientsAgreeWithTheHandWrittenOnes(String family, int size) {
        ModelInstance model = ModelFamilies.require(family).instance(size, 11L);
        PreparedDiff torch = new PyTorchEngine().prepare(model.graph(), EngineOptions.none());
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        double[] gradient = new double[x.length];
        double[] expected = new double[x.length];
        double value = torch.gradient(x, gradient);
        double expectedValue = hand.gradient(x, expected);
        assertThat(Rho.of(value, expectedValue)).isLessThanOrEqualTo(1e-13);
        assertThat(Rho.max(gradient, expected)).isLessThanOrEqualTo(1e-13);
        assertThat(torch.statistics().stageEvaluations()).isEqualTo(model.graph().stageCount());
    }

    @ParameterizedTest(name = "jacobian n = {0}, m = {1}")
    @CsvSource({"1, 1", "12, 5", "40, 32"})
    void jacobiansAgreeWithTheHandWrittenOnes(int n, int m) {
        ModelInstance model = ModelFamilies.require("jacobian").instance(n, Map.of("outputs", Integer.toString(m)), 5L);
        PreparedDiff torch = new PyTorchEngine().prepare(model.graph(), EngineOptions.none());
        double[] x = model.point();
        double[] y = new double[m];
        double[] jacobian = new double[m * n];
        double[] expectedY = new double[m];
        double[] expected = new double[m * n];
        torch.jacobian(x, y, jacobian);
        model.handDerivative().orElseThrow().jacobian(x, expectedY, expected);
        assertThat(Rho.max(y, expectedY)).isLessThanOrEqualTo(1e-13);
        assertThat(Rho.max(jacobian, expected)).isLessThanOrEqualTo(1e-13);
        assertThat(torch.statistics().adjointSweeps()).isEqualTo(m);
    }

    @ParameterizedTest(name = "scalar-dag n = {0}, seed {1}")
    @CsvSource({"2, 1", "16, 2", "64, 3", "256, 4"})
    void randomDagsAgreeWithTheReverseEngine(int n, long seed) {
        ModelInstance model = ModelFamilies.require("scalar-dag").instance(n, seed);
        PreparedDiff torch = new PyTorchEngine().prepare(model.graph(), EngineOptions.none());
        PreparedDiff reverse = new ReverseEngine().prepare(model.graph(), EngineOptions.none());
        double[] x = model.point();
        double[] gradient = new double[n];
        double[] expected = new double[n];
        double value = torch.gradient(x, gradient);
        double expectedValue = reverse.gradient(x, expected);
        assertThat(Rho.of(value, expectedValue)).isLessThanOrEqualTo(1e-13);
        assertThat(Rho.max(gradient, expected)).isLessThanOrEqualTo(1e-13);
        assertThat(torch.statistics().flops()).isEqualTo(reverse.statistics().flops());
    }
}
