package org.autodiffbench.models.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.models.Allocations;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.StageChain;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MlpDepthFamilyTest {

    private final MlpDepthFamily family = new MlpDepthFamily();

    private ModelInstance instance(int width, int layers, long seed) {
        return family.instance(layers, Map.of("width", Integer.toString(width)), seed);
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "3, 2", "2, 7", "5, 3", "16, 10", "64, 2", "64, 100"})
    void hasTheParameterCountOfItsFormula(int w, int layers) {
        long expected = 64L * w + w + (layers - 1L) * ((long) w * w + w) + 10L * w + 10;
        ModelInstance instance = instance(w, layers, 1L);
        assertThat((long) instance.parameterCount()).isEqualTo(expected);
        assertThat((long) instance.point().length).isEqualTo(expected);
    }

    @Test
    void theWidthDefaultsTo64() {
        assertThat(family.options()).extracting(OptionSpec::name, OptionSpec::defaultValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("width", "64"));
        assertThat(family.instance(3, 1L).parameterCount()).isEqualTo(65 * 64 + 2 * (64 * 64 + 64) + 650);
    }

    @Test
    void declaresTheParametersInOrderThenTheData() {
        int w = 4;
        Graph graph = instance(w, 3, 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name)
                .containsExactly("W1", "b1", "W2", "b2", "W3", "b3", "Wout", "bout");
        assertThat(graph.differentiableInputs()).extracting(Input::shape).containsExactly(
                Shape.matrix(w, 64), Shape.vector(w), Shape.matrix(w, w), Shape.vector(w),
                Shape.matrix(w, w), Shape.vector(w), Shape.matrix(10, w), Shape.vector(10));
        int second = 65 * w;
        int third = second + w * w + w;
        int output = third + w * w + w;
        assertThat(graph.differentiableInputs()).extracting(Input::offset).containsExactly(
                0, 64 * w, second, second + w * w, third, third + w * w, output, output + 10 * w);
        assertThat(graph.input("x0").orElseThrow().shape()).isEqualTo(Shape.vector(64));
        assertThat(graph.input("t").orElseThrow().shape()).isEqualTo(Shape.vector(10));
        assertThat(graph.input("x0").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.input("t").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.hasScalarOutput()).isTrue();
    }

    @Test
    void everyInputAndConstantComesBeforeTheFirstLayer() {
        Graph graph = instance(3, 5, 1L).graph();
        int firstComputed = graph.nodes().stream()
                .filter(n -> !StageChain.isGlobal(graph, n.id())).mapToInt(Node::id).min().orElseThrow();
        List<Integer> globals = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (StageChain.isGlobal(graph, node.id())) {
                globals.add(node.id());
            }
        }
        assertThat(globals).hasSize(2 * 5 + 2 + 2 + 1).allSatisfy(id -> assertThat(id).isLessThan(firstComputed));
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "3, 5", "1, 9"})
    void hasOneStagePerHiddenLayerInAChain(int w, int layers) {
        Graph graph = instance(w, layers, 1L).graph();
        assertThat(graph.stageCount()).isEqualTo(layers);
        StageChain.assertChain(graph);
        for (int k = 1; k <= layers; k++) {
            int weights = graph.input("W" + k).orElseThrow().nodeId();
            assertThat(stagesReading(graph, weights)).as("stages reading W%d", k).containsExactly(k - 1);
        }
        int outputWeights = graph.input("Wout").orElseThrow().nodeId();
        assertThat(stagesReading(graph, outputWeights)).containsExactly(layers - 1);
        assertThat(graph.node(graph.output(0)).stage()).isEqualTo(layers - 1);
    }

    private static List<Integer> stagesReading(Graph graph, int id) {
        return graph.nodes().stream()
                .filter(n -> !n.isInput() && Arrays.stream(n.operands()).anyMatch(o -> o == id))
                .map(Node::stage).distinct().toList();
    }

    @Test
    void withTwoLayersItIsTheMlpWidthModel() {
        for (int w : new int[] {1, 5}) {
            ModelInstance deep = instance(w, 2, 9L);
            ModelInstance wide = new MlpWidthFamily().instance(w, 9L);
            assertThat(deep.point()).isEqualTo(wide.point());
            Rho.assertClose("loss of two layers against mlp-width",
                    new ReferenceInterpreter(deep.graph()).apply(deep.point())[0],
                    new ReferenceInterpreter(wide.graph()).apply(wide.point())[0], 1e-15);
        }
    }

    @Test
    void refusesBadWidthsWithMessagesThatSayWhatIsAccepted() {
        assertThatThrownBy(() -> family.instance(2, Map.of("widht", "4"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'widht' for model 'mlp-depth'; accepted options: width");
        for (String bad : new String[] {"0", "4097", "wide"}) {
            assertThatThrownBy(() -> family.instance(2, Map.of("width", bad), 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option 'width' of model 'mlp-depth' must be an integer between 1 and 4096, was '" + bad + "'");
        }
    }

    @Test
    void refusesSizesOutOfRange() {
        for (int bad : new int[] {1, 1025}) {
            assertThatThrownBy(() -> family.instance(bad, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("size " + bad + " is out of range for model 'mlp-depth': hidden layers L must be between 2 and 1024");
        }
    }

    @Test
    void refusesAModelTooLargeForOneArrayBeforeAllocatingIt() {
        assertThatThrownBy(() -> instance(4096, 1024, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an MLP of width 4096 with 1024 hidden layers has 17167589386 parameters, more than the "
                        + "2147483639 a Java array can hold; lower the width or the number of layers");
    }

    @Test
    void theSeedFixesThePointAndTheData() {
        ModelInstance a = instance(6, 3, 4L);
        assertThat(instance(6, 3, 4L).point()).isEqualTo(a.point());
        assertThat(instance(6, 3, 4L).graph().input("x0").orElseThrow().data())
                .isEqualTo(a.graph().input("x0").orElseThrow().data());
        assertThat(instance(6, 3, 5L).point()).isNotEqualTo(a.point());
        assertThat(instance(6, 3, 5L).graph().input("t").orElseThrow().data())
                .isNotEqualTo(a.graph().input("t").orElseThrow().data());
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "3, 4", "8, 6"})
    void theHandValueIsTheGraphValue(int w, int layers) {
        for (long seed = 0; seed < 3; seed++) {
            ModelInstance instance = instance(w, layers, seed);
            double[] y = new double[1];
            instance.handDerivative().orElseThrow().value(instance.point(), y);
            Rho.assertClose("hand value", y[0],
                    new ReferenceInterpreter(instance.graph()).apply(instance.point())[0], 1e-14);
            assertThat(y[0]).isPositive();
        }
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesOfTheGraphInEveryCoordinate() {
        ModelInstance instance = instance(2, 3, 21L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] gradient = new double[x.length];
        hand.gradient(x, gradient);
        for (int j = 0; j < x.length; j++) {
            double fd = FiniteDifferenceJacobian.column(new ReferenceInterpreter(instance.graph()), x, j)[0];
            Rho.assertClose("∂L/∂x" + j, gradient[j], fd, 1e-9);
        }
    }

    @Test
    void theHandGradientIsTheGraphsDirectionalDerivative() {
        ModelInstance instance = instance(5, 6, 23L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] gradient = new double[x.length];
        hand.gradient(x, gradient);
        Random directions = new Random(6);
        for (int d = 0; d < 5; d++) {
            double[] v = directions.doubles(x.length, -1.0, 1.0).toArray();
            double expected = new ReferenceInterpreter(instance.graph()).jvp(x, v)[0];
            double actual = 0.0;
            for (int j = 0; j < x.length; j++) {
                actual += gradient[j] * v[j];
            }
            Rho.assertClose("∇L·v in direction " + d, actual, expected, 1e-13);
        }
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesOfTheHandValueAtWidthEightDepthFive() {
        ModelInstance instance = instance(8, 5, 22L);
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
            Rho.assertClose("∂L/∂x" + j, gradient[j], fd, 1e-9);
        }
    }

    @ParameterizedTest
    @CsvSource({"8, 2", "8, 5"})
    void theHandJvpAgreesWithTheGradientAndTheGraph(int w, int layers) {
        HandTangents.assertAgreesWithGradientAndGraph(instance(w, layers, 32L), 8, 1e-14);
    }

    /** The reference interpreter's forward mode through the graph, an independent tangent sweep. */
    @Test
    void theHandJvpIsTheGraphsForwardModeTangent() {
        ModelInstance instance = instance(5, 6, 24L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] v = new Random(9).doubles(x.length, -1.0, 1.0).toArray();
        double[] y = new double[1];
        double[] yDot = new double[1];
        hand.jvp(x, v, y, yDot);
        Rho.assertClose("ẏ", yDot[0], new ReferenceInterpreter(instance.graph()).jvp(x, v)[0], 1e-14);
    }

    @Test
    void repeatedCallsDependOnlyOnTheirArgumentsAndAllocateNothing() {
        ModelInstance instance = instance(6, 4, 2L);
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

        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                used.gradient(x, gradient);
                used.value(x, y);
            }
        })).isLessThan(100);
    }

    @Test
    void refusesArraysOfTheWrongLength() {
        HandDerivative hand = instance(2, 2, 1L).handDerivative().orElseThrow();
        int p = 2 * 2 + 76 * 2 + 10;
        assertThatThrownBy(() -> hand.gradient(new double[10], new double[p]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x has 10 entries; this model needs " + p);
        assertThatThrownBy(() -> hand.gradient(new double[p], new double[p + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gradient has " + (p + 1) + " entries; this model needs " + p);
        assertThatThrownBy(() -> hand.jvp(new double[p], new double[p - 1], new double[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v has " + (p - 1) + " entries; this model needs " + p);
    }
}
