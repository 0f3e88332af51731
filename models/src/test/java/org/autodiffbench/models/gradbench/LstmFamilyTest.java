package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.StageChain;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LstmFamilyTest {

    private final LstmFamily family = new LstmFamily();

    /** An input of l layers, b bits and c characters with entries drawn from [−1, 1) and 0/1 bits. */
    private static LstmInput randomInput(int layers, int bits, int characters, long seed) {
        Random random = new Random(seed);
        double[] sequence = new double[characters * bits];
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = random.nextInt(2);
        }
        return new LstmInput(layers, bits, characters, uniform(random, 8 * layers * bits), uniform(random, 3 * bits),
                uniform(random, 2 * layers * bits), sequence);
    }

    private static double[] uniform(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = 2 * random.nextDouble() - 1;
        }
        return values;
    }

    /**
     * The objective written straight from the eval's README and reference, on the input's matrices
     * as rows (main_params[2j] the weights, [2j + 1] the biases; state[2j] hidden, [2j + 1] cell).
     */
    private static double directObjective(LstmInput input) {
        int l = input.layers();
        int b = input.bits();
        int c = input.characters();
        double[][] main = rows(input.mainParams(), 2 * l, 4 * b);
        double[][] extra = rows(input.extraParams(), 3, b);
        double[][] state = rows(input.state(), 2 * l, b);
        double[][] sequence = rows(input.sequence(), c, b);
        double total = 0;
        for (int t = 0; t < c - 1; t++) {
            double[] layerOutput = new double[b];
            for (int k = 0; k < b; k++) {
                layerOutput[k] = sequence[t][k] * extra[0][k];
            }
            for (int j = 0; j < l; j++) {
                double[] weight = main[2 * j];
                double[] bias = main[2 * j + 1];
                double[] hidden = state[2 * j];
                double[] cell = state[2 * j + 1];
                for (int k = 0; k < b; k++) {
                    double forget = 1 / (1 + Math.exp(-(layerOutput[k] * weight[k] + bias[k])));
                    double ingate = 1 / (1 + Math.exp(-(hidden[k] * weight[b + k] + bias[b + k])));
                    double outgate = 1 / (1 + Math.exp(-(layerOutput[k] * weight[2 * b + k] + bias[2 * b + k])));
                    double change = Math.tanh(hidden[k] * weight[3 * b + k] + bias[3 * b + k]);
                    cell[k] = cell[k] * forget + ingate * change;
                    hidden[k] = outgate * Math.tanh(cell[k]);
                }
                layerOutput = hidden;
            }
            double[] prediction = new double[b];
            double sum = 0;
            for (int k = 0; k < b; k++) {
                prediction[k] = layerOutput[k] * extra[1][k] + extra[2][k];
                sum += Math.exp(prediction[k]);
            }
            double lse = Math.log(sum + 2);
            for (int k = 0; k < b; k++) {
                total += sequence[t + 1][k] * (prediction[k] - lse);
            }
        }
        return -total / ((c - 1) * b);
    }

    private static double[][] rows(double[] flat, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, matrix[r], 0, columns);
        }
        return matrix;
    }

    private static double handValue(HandDerivative hand, double[] x) {
        double[] y = new double[1];
        hand.value(x, y);
        return y[0];
    }

    /**
     * One layer, one bit, two characters, every weight and bias zero except w_in = w_out = 1, and a
     * zero state: all gates are σ(0) = 1/2 and g = tanh 0 = 0, so s = h = 0, y = 0 and
     * lse = ln(e⁰ + 2) = ln 3; the next bit is 1, so the loss is −(0 − ln 3)/1 = ln 3.
     */
    @Test
    void aZeroNetworkPredictsWithLogThreeByHand() {
        double[] main = new double[8];
        LstmInput input = new LstmInput(1, 1, 2, main, new double[] {1, 1, 0}, new double[2], new double[] {1, 1});
        ModelInstance model = LstmFamily.model(input);
        assertThat(new ReferenceInterpreter(model.graph()).apply(model.point())[0])
                .isCloseTo(Math.log(3), offset(1e-15));
        assertThat(handValue(model.handDerivative().orElseThrow(), model.point()))
                .isCloseTo(Math.log(3), offset(1e-15));
    }

    @ParameterizedTest(name = "l={0} b={1} c={2}")
    @CsvSource({"1, 1, 2", "1, 3, 4", "2, 4, 6", "3, 7, 9"})
    void theGraphAndTheHandValueAreTheDirectObjective(int layers, int bits, int characters) {
        for (long seed = 1; seed <= 3; seed++) {
            LstmInput input = randomInput(layers, bits, characters, seed);
            ModelInstance model = LstmFamily.model(input);
            double expected = directObjective(input);
            Rho.assertClose("graph objective", new ReferenceInterpreter(model.graph()).apply(input.point())[0],
                    expected, 1e-14);
            Rho.assertClose("hand objective", handValue(model.handDerivative().orElseThrow(), input.point()),
                    expected, 1e-14);
        }
    }

    @ParameterizedTest(name = "l={0} b={1} c={2}")
    @CsvSource({"1, 2, 3", "2, 3, 5", "3, 2, 7"})
    void theHandGradientMatchesCentralDifferencesOfTheDirectObjective(int layers, int bits, int characters) {
        LstmInput input = randomInput(layers, bits, characters, 11L * layers + bits);
        HandDerivative hand = LstmFamily.model(input).handDerivative().orElseThrow();
        double[] x = input.point();
        double[] gradient = new double[x.length];
        double value = hand.gradient(x.clone(), gradient);
        Rho.assertClose("value returned with the gradient", value, directObjective(input), 1e-14);
        VectorFunction direct = p -> new double[] {directObjective(withPoint(input, p))};
        for (int j = 0; j < x.length; j++) {
            Rho.assertClose("∂L/∂x" + j, gradient[j], FiniteDifferenceJacobian.column(direct, x, j)[0], 1e-9);
        }
        // Zeros are genuine where a zero bit of the sequence cuts a weight off; most entries are not.
        assertThat(Arrays.stream(gradient).filter(g -> g != 0).count()).isGreaterThan(x.length / 2);
    }

    private static LstmInput withPoint(LstmInput input, double[] point) {
        int main = input.mainParams().length;
        double[] mainParams = Arrays.copyOfRange(point, 0, main);
        double[] extraParams = Arrays.copyOfRange(point, main, point.length);
        return new LstmInput(input.layers(), input.bits(), input.characters(), mainParams, extraParams, input.state(),
                input.sequence());
    }

    @Test
    void theParametersAreMainParamsThenExtraParamsRowByRow() {
        Graph graph = LstmFamily.graph(randomInput(2, 3, 4, 1L));
        List<String> expected = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            for (String kind : List.of("weight", "bias")) {
                for (String gate : List.of("forget", "input", "output", "change")) {
                    expected.add("layer" + j + "." + gate + "_" + kind);
                }
            }
        }
        expected.addAll(List.of("in_weight", "out_weight", "out_bias"));
        assertThat(graph.differentiableInputs()).extracting(Input::name).containsExactlyElementsOf(expected);
        assertThat(graph.differentiableInputs()).extracting(Input::offset)
                .containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54);
        assertThat(graph.parameterCount()).isEqualTo(8 * 2 * 3 + 3 * 3);
        assertThat(graph.input("state").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.input("sequence").orElseThrow().isDifferentiable()).isFalse();
    }

    @ParameterizedTest(name = "c={0}")
    @CsvSource({"2", "3", "17"})
    void hasOneStagePerPredictedCharacterInAChain(int characters) {
        Graph graph = family.instance(characters, Map.of("layers", "3"), 1L).graph();
        assertThat(graph.stageCount()).isEqualTo(characters - 1);
        StageChain.assertChain(graph);
        assertThat(graph.node(graph.output(0)).stage()).isEqualTo(characters - 2);
    }

    @Test
    void drawsPrintableCharactersAndUnitUniformParametersBySeed() {
        for (long seed = 0; seed < 5; seed++) {
            ModelInstance model = family.instance(50, Map.of("layers", "2"), seed);
            double[] bits = model.graph().input("sequence").orElseThrow().data();
            assertThat(bits).hasSize(50 * LstmFamily.BITS).containsOnly(0.0, 1.0);
            for (int t = 0; t < 50; t++) {
                int code = 0;
                for (int k = 0; k < LstmFamily.BITS; k++) {
                    code = 2 * code + (int) bits[t * LstmFamily.BITS + k];
                }
                assertThat(code).isBetween(32, 126);
            }
            assertThat(Arrays.stream(model.point())).hasSize(8 * 2 * 7 + 3 * 7).allMatch(v -> v >= 0 && v < 1);
            assertThat(Arrays.stream(model.graph().input("state").orElseThrow().data())).hasSize(2 * 2 * 7)
                    .allMatch(v -> v >= 0 && v < 1);
        }
        assertThat(family.instance(10, 4L).point()).isNotEqualTo(family.instance(10, 3L).point());
        assertThat(family.instance(10, Map.of("layers", "4"), 1L).parameterCount()).isEqualTo(8 * 4 * 7 + 3 * 7);
    }

    @Test
    void refusesABadLayerCountAndMismatchedFields() {
        assertThatThrownBy(() -> family.instance(10, Map.of("layers", "7"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'layers' of model 'gb-lstm' must be an integer between 1 and 6, was '7'");
        assertThatThrownBy(() -> new LstmInput(2, 3, 4, new double[48], new double[9], new double[11], new double[12]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state has 11 values; 12 are needed for the input's layers, bits and characters");
        assertThatThrownBy(() -> new LstmInput(1, 3, 1, new double[24], new double[9], new double[6], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sequence has 1 characters");
    }
}
