package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.models.jacobian.JacobianFamily;
import org.autodiffbench.models.mlp.MlpBatchFamily;
import org.autodiffbench.models.mlp.MlpDepthFamily;
import org.autodiffbench.models.mlp.MlpWidthFamily;
import org.autodiffbench.models.scalar.ScalarExampleFamily;
import org.junit.jupiter.api.Test;

/**
 * The {@code hand-scalar} baseline runs the same backpropagation as the main hand-written
 * derivative, on the other kernel set: the tests run with the vector kernels (surefire adds the
 * module), so the two gradients come from different loops and must agree to rounding.
 */
class NamedBaselineTest {

    @Test
    void theMlpFamiliesAndTheJacobianHaveAScalarTwinThatAgreesWithTheMainHandDerivative() {
        assertThat(KernelSelection.current().description()).startsWith("vector:");
        List<ModelInstance> models = List.of(
                new MlpWidthFamily().instance(19, 3L),
                new MlpWidthFamily().instance(64, 3L),
                new MlpDepthFamily().instance(3, Map.of(MlpDepthFamily.WIDTH, "13"), 3L),
                new MlpBatchFamily().instance(5, Map.of(MlpBatchFamily.WIDTH, "21"), 3L),
                new MlpBatchFamily().instance(16, Map.of(MlpBatchFamily.WIDTH, "24"), 3L),
                new JacobianFamily().instance(9, Map.of(JacobianFamily.OUTPUTS, "1"), 3L));
        for (ModelInstance model : models) {
            assertThat(model.namedBaselines()).extracting(NamedBaseline::name).as("%s", model)
                    .containsExactly(NamedBaseline.HAND_SCALAR);
            double[] x = model.point();
            double[] main = new double[x.length];
            double[] scalar = new double[x.length];
            double mainLoss = model.handDerivative().orElseThrow().gradient(x, main);
            double scalarLoss = model.namedBaselines().get(0).newDerivative().gradient(x, scalar);
            assertThat(scalarLoss).as("%s loss", model).isCloseTo(mainLoss, within(1e-12 * Math.abs(mainLoss)));
            assertThat(scalar).as("%s gradient", model).containsExactly(main, within(1e-12));
            assertThat(main).as("%s gradient", model).isNotEqualTo(new double[x.length]);
        }
    }

    @Test
    void familiesWithoutOneHaveNone() {
        assertThat(new ScalarExampleFamily().instance(2, 1L).namedBaselines()).isEmpty();
    }
}
