package org.autodiffbench.models.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MlpWidthFamilyTest {

    private final MlpWidthFamily family = new MlpWidthFamily();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8, 16, 64, 100})
    void hasWSquaredPlus76WPlus10Parameters(int w) {
        ModelInstance instance = family.instance(w, 1L);
        assertThat(instance.parameterCount()).isEqualTo(w * w + 76 * w + 10);
        assertThat(instance.point()).hasSize(w * w + 76 * w + 10);
    }

    @Test
    void declaresTheParametersInOrderThenTheData() {
        int w = 5;
        Graph graph = family.instance(w, 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name).containsExactly("W1", "b1", "W2", "b2", "W3", "b3");
        assertThat(graph.differentiableInputs()).extracting(Input::shape).containsExactly(
                Shape.matrix(w, 64), Shape.vector(w), Shape.matrix(w, w), Shape.vector(w), Shape.matrix(10, w), Shape.vector(10));
        assertThat(graph.differentiableInputs()).extracting(Input::offset).containsExactly(
                0, 64 * w, 65 * w, 65 * w + w * w, 66 * w + w * w, 76 * w + w * w);
        assertThat(graph.input("x0").orElseThrow().shape()).isEqualTo(Shape.vector(64));
        assertThat(graph.input("t").orElseThrow().shape()).isEqualTo(Shape.vector(10));
        assertThat(graph.input("x0").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.hasScalarOutput()).isTrue();
    }

    @Test
    void drawsWeightsWithinRootOfThreeOverFanIn() {
        int w = 16;
        double[] x = family.instance(w, 3L).point();
        assertBlockWithin(x, 0, 64 * w, Math.sqrt(3.0 / 64));
        assertBlockWithin(x, 64 * w, 65 * w, MlpWidthFamily.BIAS_BOUND);
        assertBlockWithin(x, 65 * w, 65 * w + w * w, Math.sqrt(3.0 / 16));
        assertBlockWithin(x, 66 * w + w * w, 76 * w + w * w, Math.sqrt(3.0 / 16));
        assertThat(family.instance(w, 4L).point()).isNotEqualTo(x);
    }

    private static void assertBlockWithin(double[] x, int from, int to, double bound) {
        double largest = 0.0;
        for (int i = from; i < to; i++) {
            largest = Math.max(largest, Math.abs(x[i]));
        }
        assertThat(largest).isLessThanOrEqualTo(bound).isGreaterThan(0.8 * bound);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void theHandValueIsTheGraphValue(int w) {
        for (long seed = 0; seed < 3; seed++) {
            ModelInstance instance = family.instance(w, seed);
            double[] y = new double[1];
            instance.handDerivative().orElseThrow().value(instance.point(), y);
            Rho.assertClose("hand value", y[0],
                    new ReferenceInterpreter(instance.graph()).apply(instance.point())[0], 1e-14);
            assertThat(y[0]).isPositive();
        }
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesInEveryCoordinateAtWidthThree() {
        ModelInstance instance = family.instance(3, 21L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] gradient = new double[x.length];
        hand.gradient(x, gradient);
        for (int j = 0; j < x.length; j++) {
            double fd = FiniteDifferenceJacobian.column(new ReferenceInterpreter(instance.graph()), x, j)[0];
            Rho.assertClose("∂L/∂x" + j, gradient[j], fd, 1e-8);
        }
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesOfTheHandValueAtWidthEight() {
        ModelInstance instance = family.instance(8, 22L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] gradient = new double[x.length];
        hand.gradient(x, gradient);
        Random coordinates = new Random(8);
        for (int k = 0; k < 60; k++) {
            int j = coordinates.nextInt(x.length);
            double fd = FiniteDifferenceJacobian.column(p -> {
                double[] y = new double[1];
                hand.value(p, y);
                return y;
            }, x, j)[0];
            Rho.assertClose("∂L/∂x" + j, gradient[j], fd, 1e-8);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 16})
    void theHandJvpAgreesWithTheGradientAndTheGraph(int w) {
        HandTangents.assertAgreesWithGradientAndGraph(family.instance(w, 31L), 7, 1e-14);
    }

    @Test
    void repeatedCallsDependOnlyOnTheirArguments() {
        ModelInstance instance = family.instance(6, 2L);
        HandDerivative used = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] other = new Random(1).doubles(x.length, -0.3, 0.3).toArray();
        double[] gradient = new double[x.length];
        used.gradient(other, gradient);
        double loss = used.gradient(x, gradient);

        double[] fresh = new double[x.length];
        double freshLoss = instance.handDerivative().orElseThrow().gradient(x, fresh);
        assertThat(gradient).isEqualTo(fresh);
        assertThat(loss).isEqualTo(freshLoss);

        double[] y = new double[1];
        double[] jacobian = new double[x.length];
        used.jacobian(x, y, jacobian);
        assertThat(jacobian).isEqualTo(fresh);
        assertThat(y[0]).isEqualTo(freshLoss);
    }

    @Test
    void refusesAPointOfTheWrongLength() {
        HandDerivative hand = family.instance(2, 1L).handDerivative().orElseThrow();
        assertThatThrownBy(() -> hand.gradient(new double[10], new double[2 * 2 + 76 * 2 + 10]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x has 10 entries; this model needs 166");
    }
}
