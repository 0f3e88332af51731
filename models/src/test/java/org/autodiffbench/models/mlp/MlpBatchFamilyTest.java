package org.autodiffbench.models.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.kernels.ScalarKernels;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.models.Allocations;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MlpBatchFamilyTest {

    private final MlpBatchFamily family = new MlpBatchFamily();

    private static double[] gradient(HandDerivative hand, double[] x) {
        double[] g = new double[x.length];
        hand.gradient(x, g);
        return g;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16})
    void hasMlpWidthsParameterCountWhateverTheBatch(int batch) {
        assertThat(family.instance(batch, 1L).parameterCount()).isEqualTo(64 * 64 + 76 * 64 + 10);
        ModelInstance narrow = family.instance(batch, Map.of(MlpBatchFamily.WIDTH, "5"), 1L);
        assertThat(narrow.parameterCount()).isEqualTo(5 * 5 + 76 * 5 + 10);
    }

    @Test
    void withTheBatchOptionTheSizeIsTheWidth() {
        ModelInstance instance = family.instance(7, Map.of(MlpBatchFamily.BATCH, "4"), 1L);
        assertThat(instance.parameterCount()).isEqualTo(7 * 7 + 76 * 7 + 10);
        assertThat(instance.graph().input("X").orElseThrow().shape()).isEqualTo(Shape.matrix(64, 4));
        assertThat(family.sizeMeaning(Map.of(MlpBatchFamily.BATCH, "4"))).isEqualTo("hidden width w");
        assertThat(family.sizeMeaning(Map.of())).isEqualTo("batch size B");
    }

    @Test
    void declaresMlpWidthsParametersThenTheDataMatrices() {
        Graph graph = family.instance(3, Map.of(MlpBatchFamily.WIDTH, "5"), 1L).graph();
        Graph single = new MlpWidthFamily().instance(5, 1L).graph();
        assertThat(graph.differentiableInputs()).isEqualTo(single.differentiableInputs());
        assertThat(graph.input("X").orElseThrow().shape()).isEqualTo(Shape.matrix(64, 3));
        assertThat(graph.input("T").orElseThrow().shape()).isEqualTo(Shape.matrix(10, 3));
        assertThat(graph.input("X").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.hasScalarOutput()).isTrue();
    }

    /** At B = 1 the same seed gives mlp-width's sample, target and point, so its loss and gradient. */
    @Test
    void aBatchOfOneIsMlpWidth() {
        for (long seed = 0; seed < 3; seed++) {
            ModelInstance batch = family.instance(1, Map.of(MlpBatchFamily.WIDTH, "6"), seed);
            ModelInstance single = new MlpWidthFamily().instance(6, seed);
            double[] x = single.point();
            assertThat(batch.point()).isEqualTo(x);
            Rho.assertClose("loss", new ReferenceInterpreter(batch.graph()).apply(x)[0],
                    new ReferenceInterpreter(single.graph()).apply(x)[0], 1e-14);
            Rho.assertClose("gradient", gradient(batch.handDerivative().orElseThrow(), x),
                    gradient(single.handDerivative().orElseThrow(), x), 1e-13);
        }
    }

    /** The batch gradient is the mean of mlp-width's hand gradients on each column of X and T alone. */
    @Test
    void theBatchGradientIsTheMeanOfThePerSampleGradients() {
        int w = 4;
        int batch = 5;
        ModelInstance instance = family.instance(batch, Map.of(MlpBatchFamily.WIDTH, Integer.toString(w)), 9L);
        Graph graph = instance.graph();
        double[] samples = graph.input("X").orElseThrow().data();
        double[] targets = graph.input("T").orElseThrow().data();
        double[] x = instance.point();
        MlpLayout layout = new MlpLayout(w, 2);
        double[] mean = new double[x.length];
        double meanLoss = 0;
        for (int b = 0; b < batch; b++) {
            double[] g = new double[x.length];
            meanLoss += new MlpBackprop(layout, column(samples, b, batch), column(targets, b, batch),
                    ScalarKernels.INSTANCE).gradient(x, g)
                    / batch;
            for (int j = 0; j < x.length; j++) {
                mean[j] += g[j] / batch;
            }
        }
        double[] g = new double[x.length];
        double loss = instance.handDerivative().orElseThrow().gradient(x, g);
        Rho.assertClose("mean loss", loss, meanLoss, 1e-13);
        Rho.assertClose("mean gradient", g, mean, 1e-12);
    }

    private static double[] column(double[] matrix, int column, int columns) {
        double[] c = new double[matrix.length / columns];
        for (int i = 0; i < c.length; i++) {
            c[i] = matrix[i * columns + column];
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void theHandValueIsTheGraphValue(int batch) {
        ModelInstance instance = family.instance(batch, Map.of(MlpBatchFamily.WIDTH, "8"), 4L);
        double[] y = new double[1];
        instance.handDerivative().orElseThrow().value(instance.point(), y);
        Rho.assertClose("hand value", y[0], new ReferenceInterpreter(instance.graph()).apply(instance.point())[0],
                1e-14);
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesInEveryCoordinate() {
        ModelInstance instance = family.instance(3, Map.of(MlpBatchFamily.WIDTH, "3"), 21L);
        double[] x = instance.point();
        double[] g = gradient(instance.handDerivative().orElseThrow(), x);
        for (int j = 0; j < x.length; j++) {
            double fd = FiniteDifferenceJacobian.column(new ReferenceInterpreter(instance.graph()), x, j)[0];
            Rho.assertClose("∂L/∂x" + j, g[j], fd, 1e-8);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void theHandJvpAgreesWithTheGradientAndTheGraph(int batch) {
        HandTangents.assertAgreesWithGradientAndGraph(family.instance(batch, Map.of(MlpBatchFamily.WIDTH, "8"), 33L),
                9, 1e-14);
    }

    /** At B = 1 the batched tangent is mlp-width's along the same direction. */
    @Test
    void aBatchOfOneHasMlpWidthsJvp() {
        ModelInstance batch = family.instance(1, Map.of(MlpBatchFamily.WIDTH, "6"), 5L);
        ModelInstance single = new MlpWidthFamily().instance(6, 5L);
        double[] x = single.point();
        double[] v = new Random(3).doubles(x.length, -1.0, 1.0).toArray();
        double[] y = new double[1];
        double[] yDot = new double[1];
        batch.handDerivative().orElseThrow().jvp(x, v, y, yDot);
        double[] singleY = new double[1];
        double[] singleYDot = new double[1];
        single.handDerivative().orElseThrow().jvp(x, v, singleY, singleYDot);
        Rho.assertClose("loss", y[0], singleY[0], 1e-14);
        Rho.assertClose("ẏ", yDot[0], singleYDot[0], 1e-14);
    }

    @Test
    void theHandGradientAllocatesNothingAndDependsOnlyOnItsArguments() {
        ModelInstance instance = family.instance(6, Map.of(MlpBatchFamily.WIDTH, "5"), 2L);
        HandDerivative used = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] g = gradient(used, new Random(1).doubles(x.length, -0.3, 0.3).toArray());
        double loss = used.gradient(x, g);
        double[] fresh = new double[x.length];
        assertThat(instance.handDerivative().orElseThrow().gradient(x, fresh)).isEqualTo(loss);
        assertThat(g).isEqualTo(fresh);

        double[] y = new double[1];
        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                used.gradient(x, g);
                used.value(x, y);
            }
        })).isLessThan(100);
    }

    @Test
    void refusesSizesAndOptionsOutOfRangeWithAClearMessage() {
        assertThatThrownBy(() -> family.instance(0, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size 0 is out of range for model 'mlp-batch': batch size B (or hidden width w, 1 to 4096, "
                        + "with option batch) must be between 1 and 65536");
        assertThatThrownBy(() -> family.instance(5000, Map.of(MlpBatchFamily.BATCH, "8"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size 5000 is out of range for model 'mlp-batch': hidden width w must be between 1 and 4096");
        assertThatThrownBy(() -> family.instance(4, Map.of(MlpBatchFamily.BATCH, "0"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'batch' of model 'mlp-batch' must be an integer between 1 and 65536, was '0'");
        assertThatThrownBy(() -> family.instance(4, Map.of(MlpBatchFamily.BATCH, "8", MlpBatchFamily.WIDTH, "8"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model 'mlp-batch' takes option 'width' or option 'batch', not both: with 'batch' the size "
                        + "is the width; drop one of them");
        assertThatThrownBy(() -> family.footprint(70000, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }

    @Test
    void inputsAreNamedAfterTheirRoles() {
        Graph graph = family.instance(2, 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name)
                .containsExactly("W1", "b1", "W2", "b2", "W3", "b3");
    }
}
