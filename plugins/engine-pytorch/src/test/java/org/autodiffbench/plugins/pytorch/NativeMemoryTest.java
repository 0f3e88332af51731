package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.junit.jupiter.api.Test;

/** Calls close every tensor they make, so the tensors a prepared graph holds do not grow with calls. */
class NativeMemoryTest {

    @Test
    void callsLeaveNoTensorBehind() {
        ModelInstance model = ModelFamilies.require("jacobian").instance(8, Map.of("outputs", "3"), 1L);
        AutogradDiff prepared = (AutogradDiff) new PyTorchEngine().prepare(model.graph(), EngineOptions.none());
        // The data, constants and the seed, made at preparation.
        int held = prepared.liveTensors();
        assertThat(held).isPositive();
        double[] x = model.point();
        double[] y = new double[3];
        for (int call = 0; call < 200; call++) {
            prepared.value(x, y);
            prepared.vjp(x, new double[] {1, 2, 3}, y, new double[8]);
            prepared.jacobian(x, y, new double[24]);
            assertThat(prepared.liveTensors()).isEqualTo(held);
        }
        ModelInstance scalar = ModelFamilies.require("mlp-width").instance(4, 1L);
        AutogradDiff mlp = (AutogradDiff) new PyTorchEngine().prepare(scalar.graph(), EngineOptions.none());
        int mlpHeld = mlp.liveTensors();
        for (int call = 0; call < 200; call++) {
            mlp.gradient(scalar.point(), new double[scalar.parameterCount()]);
        }
        assertThat(mlp.liveTensors()).isEqualTo(mlpHeld);
    }

    @Test
    void closeFreesEveryTensor() {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(4, 1L);
        AutogradDiff prepared = (AutogradDiff) new PyTorchEngine().prepare(model.graph(), EngineOptions.none());
        prepared.gradient(model.point(), new double[model.parameterCount()]);
        prepared.close();
        assertThat(prepared.liveTensors()).isZero();
    }
}
