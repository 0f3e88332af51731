package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.StageChain;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdeFamilyTest {

    private final OdeFamily family = new OdeFamily();

    /**
     * From y(0) = 0 the exact solution is y_i(t) = x_0·…·x_i·t^(i+1)/(i+1)!. For n ≤ 4 the system
     * y' = A·y + b has A⁴ = 0, so one RK4 step (the degree-4 Taylor polynomial of the exact flow)
     * is exact and y(2) = (2x0, 2x0x1, 4/3·x0x1x2, 2/3·x0x1x2x3) whatever s is; the gradient of the
     * last element is 2/3 times the product of the other three.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 10})
    void isExactForFourElementsAtAnyNumberOfSteps(int steps) {
        double[] x = {0.3, 0.7, 1.9, 0.4};
        double p = x[0] * x[1] * x[2] * x[3];
        double[] exact = {2 * x[0], 2 * x[0] * x[1], 4.0 / 3 * x[0] * x[1] * x[2], 2.0 / 3 * p};
        double[] exactGradient = {2.0 / 3 * p / x[0], 2.0 / 3 * p / x[1], 2.0 / 3 * p / x[2], 2.0 / 3 * p / x[3]};
        Rho.assertClose("y(2)", new ReferenceInterpreter(OdeFamily.finalStateGraph(4, steps)).apply(x), exact, 1e-15);
        ModelInstance model = OdeFamily.model(x, steps);
        Rho.assertClose("y_3(2)", new ReferenceInterpreter(model.graph()).apply(x)[0], exact[3], 1e-15);
        double[] gradient = new double[4];
        Rho.assertClose("hand y_3(2)", model.handDerivative().orElseThrow().gradient(x, gradient), exact[3], 1e-15);
        Rho.assertClose("hand gradient", gradient, exactGradient, 1e-15);
        Rho.assertClose("graph gradient", new ReferenceInterpreter(model.graph()).gradient(x), exactGradient, 1e-15);
    }

    /** y_0' = x_0 alone: y_0(2) = 2·x_0, with derivative 2. */
    @Test
    void oneElementGrowsLinearly() {
        double[] x = {0.8};
        ModelInstance model = OdeFamily.model(x, 5);
        double[] gradient = new double[1];
        Rho.assertClose("y_0(2)", model.handDerivative().orElseThrow().gradient(x, gradient), 1.6, 1e-15);
        Rho.assertClose("dy_0/dx_0", gradient[0], 2.0, 1e-14);
        Rho.assertClose("graph y_0(2)", new ReferenceInterpreter(model.graph()).apply(x)[0], 1.6, 1e-15);
    }

    /**
     * At n = 6, y_5(2) = 2⁶/6!·Π x_i, which RK4 misses by O(h⁴): halving h cuts the error about
     * sixteenfold.
     */
    @Test
    void convergesToFourthOrderWhereItIsNotExact() {
        double[] x = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
        double product = 1;
        for (double xi : x) {
            product *= xi;
        }
        double exact = 64.0 / 720 * product;
        double coarse = Math.abs(new ReferenceInterpreter(OdeFamily.lastElementGraph(6, 8)).apply(x)[0] - exact);
        double fine = Math.abs(new ReferenceInterpreter(OdeFamily.lastElementGraph(6, 16)).apply(x)[0] - exact);
        assertThat(coarse).isGreaterThan(1e-9);
        assertThat(coarse / fine).isBetween(14.0, 18.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void hasOneStagePerStepInAChain(int steps) {
        Graph graph = family.instance(steps, Map.of(OdeFamily.LENGTH, "9"), 1L).graph();
        assertThat(graph.stageCount()).isEqualTo(steps);
        StageChain.assertChain(graph);
        assertThat(graph.node(graph.output(0)).stage()).isEqualTo(steps - 1);
        assertThat(graph.hasScalarOutput()).isTrue();
        Graph state = OdeFamily.finalStateGraph(9, steps);
        assertThat(state.stageCount()).isEqualTo(steps);
        assertThat(state.outputSize()).isEqualTo(9);
    }

    /**
     * x_i = (i + 1)/2 · u_i with u_i uniform on [0.9, 1.1), which keeps every exact y_i(2) near 1,
     * unlike the eval's points (uniform on [0, 1)), where Π x_i·2ⁿ/n! vanishes as n grows and
     * ρ, absolute below 1, would compare near-zeros.
     */
    static double[] wellScaledPoint(int n, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, n).mapToDouble(i -> (i + 1) / 2.0 * (0.9 + 0.2 * random.nextDouble())).toArray();
    }

    /**
     * Each RK4 step applies a degree-4 polynomial of the nilpotent shift to y, so from y(0) = 0 only
     * y_0 … y_{4s−1} can be nonzero: for n > 4s the last element and its gradient are exactly zero
     * whatever x is, as at every point of the eval's default grid (n ≥ 1000, s ≤ 100).
     */
    @Test
    void theLastElementIsExactlyZeroBeyondFourElementsPerStep() {
        double[] x = wellScaledPoint(41, 3L);
        double[] gradient = new double[41];
        assertThat(OdeFamily.model(x, 10).handDerivative().orElseThrow().gradient(x, gradient)).isZero();
        assertThat(gradient).containsOnly(0.0);
        assertThat(new ReferenceInterpreter(OdeFamily.lastElementGraph(41, 10)).gradient(x)).containsOnly(0.0);
        double[] shorter = Arrays.copyOf(x, 40);
        assertThat(new ReferenceInterpreter(OdeFamily.lastElementGraph(40, 10)).apply(shorter)[0]).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "3, 8", "10, 12", "40, 40"})
    void theAdjointGradientMatchesFiniteDifferencesAndTheGraph(int steps, int n) {
        double[] x = wellScaledPoint(n, steps);
        ModelInstance model = OdeFamily.model(x, steps);
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] gradient = new double[n];
        double value = hand.gradient(x, gradient);
        assertThat(Math.abs(value)).isGreaterThan(0.01);
        assertThat(Arrays.stream(gradient).map(Math::abs).min().orElseThrow()).isGreaterThan(1e-3);
        ReferenceInterpreter graph = new ReferenceInterpreter(model.graph());
        Rho.assertClose("hand value", value, graph.apply(x)[0], 1e-14);
        Rho.assertClose("hand gradient against the graph's", gradient, graph.gradient(x), 1e-13);
        Rho.assertClose("last element of the final state", value,
                new ReferenceInterpreter(OdeFamily.finalStateGraph(n, steps)).apply(x)[n - 1], 1e-15);
        VectorFunction handValue = HandCalls.value(hand);
        for (int j = 0; j < n; j++) {
            Rho.assertClose("∂y_last/∂x" + j + " against differences", gradient[j],
                    FiniteDifferenceJacobian.column(handValue, x, j)[0], 1e-9);
        }
    }

    /**
     * The hand tangent against ∇f·v and the graph along v: at n ≤ 4s the last element moves with x;
     * at s = 1, n = 5 it is exactly zero for every x, and so must its tangent be.
     */
    @ParameterizedTest
    @CsvSource({"1, 4", "1, 5", "3, 5", "3, 12"})
    void theHandTangentMatchesTheGradientAndTheGraph(int steps, int n) {
        double[] x = wellScaledPoint(n, steps + n);
        ModelInstance model = OdeFamily.model(x, steps);
        HandTangents.assertAgreesWithGradientAndGraph(model, 5L, 1e-15);
        double[] y = new double[1];
        double[] yDot = new double[1];
        model.handDerivative().orElseThrow().jvp(x, x, y, yDot);
        if (n <= 4 * steps) {
            assertThat(Math.abs(yDot[0])).as("ẏ along x").isGreaterThan(0.01);
        } else {
            assertThat(yDot[0]).as("ẏ beyond four elements per step").isZero();
        }
    }

    @Test
    void theSizeIsTheStepsAndOptionNTheLength() {
        ModelInstance model = family.instance(3, 1L);
        assertThat(model.size()).isEqualTo(3);
        assertThat(model.parameterCount()).isEqualTo(1000);
        assertThat(family.footprint(3, Map.of(OdeFamily.LENGTH, "50")).orElseThrow().parameters()).isEqualTo(50);
        assertThatThrownBy(() -> family.instance(3, Map.of(OdeFamily.LENGTH, "100001"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'n' of model 'gb-ode' must be an integer between 1 and 100000, was '100001'");
        assertThatThrownBy(() -> OdeFamily.lastElementGraph(3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ode needs x of at least one element and s ≥ 1 steps, had n = 3 and s = 0");
    }

    @Test
    void handCallsAllocateNothing() {
        ModelInstance model = family.instance(20, Map.of(OdeFamily.LENGTH, "100"), 2L);
        HandCalls.assertAllocateNothing(model.handDerivative().orElseThrow(), model.point());
    }
}
