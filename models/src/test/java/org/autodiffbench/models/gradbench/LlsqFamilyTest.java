package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlsqFamilyTest {

    private final LlsqFamily family = new LlsqFamily();

    /**
     * n = 3: t = (−1, 0, 1), s = (−1, 0, 1). At x = (0.5, 2) the residuals s − x0 − x1·t are
     * (0.5, −0.5, −1.5), so y = ½(0.25 + 0.25 + 2.25) = 1.375, ∂y/∂x0 = −Σ r = 1.5 and
     * ∂y/∂x1 = −Σ r·t = 2.
     */
    @Test
    void matchesTheHandCalculationAtThreePointsAndTwoCoefficients() {
        double[] x = {0.5, 2};
        ModelInstance model = LlsqFamily.model(x, 3);
        ReferenceInterpreter graph = new ReferenceInterpreter(model.graph());
        assertThat(graph.apply(x)).containsExactly(1.375);
        assertThat(graph.gradient(x)).containsExactly(1.5, 2.0);
        double[] gradient = new double[2];
        assertThat(model.handDerivative().orElseThrow().gradient(x, gradient)).isEqualTo(1.375);
        assertThat(gradient).containsExactly(1.5, 2.0);
    }

    /** n = 5: t = (−1, −½, 0, ½, 1), and sign 0 = 0 at the middle point, as in the eval's reference. */
    @Test
    void holdsThePowersOfEvenlySpacedPointsAndTheirSigns() {
        Graph graph = LlsqFamily.graph(5, 3);
        assertThat(graph.input("s").orElseThrow().data()).containsExactly(-1, -1, 0, 1, 1);
        assertThat(graph.input("V").orElseThrow().data()).containsExactly(
                1, -1, 1,
                1, -0.5, 0.25,
                1, 0, 0,
                1, 0.5, 0.25,
                1, 1, 1);
    }

    @ParameterizedTest
    @CsvSource({"16, 8", "33, 1", "64, 128"})
    void theHandGradientMatchesFiniteDifferencesAndTheGraph(int n, int m) {
        ModelInstance model = family.instance(n, Map.of(LlsqFamily.COEFFICIENTS, "" + m), 3L);
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        double[] gradient = new double[m];
        double value = hand.gradient(x, gradient);
        ReferenceInterpreter graph = new ReferenceInterpreter(model.graph());
        Rho.assertClose("hand value", value, graph.apply(x)[0], 1e-13);
        Rho.assertClose("hand gradient against the graph's", gradient, graph.gradient(x), 1e-12);
        VectorFunction handValue = HandCalls.value(hand);
        for (int j = 0; j < Math.min(m, 8); j++) {
            Rho.assertClose("∂y/∂x" + j + " against differences", gradient[j],
                    FiniteDifferenceJacobian.column(handValue, x, j)[0], 1e-8);
        }
    }

    @Test
    void theSizeIsTheNumberOfPointsAndOptionMTheCoefficients() {
        ModelInstance model = family.instance(100, Map.of(), 1L);
        assertThat(model.size()).isEqualTo(100);
        assertThat(model.parameterCount()).isEqualTo(128);
        assertThat(Arrays.stream(model.point())).allMatch(v -> v >= 0 && v < 1);
        assertThat(family.instance(100, Map.of(LlsqFamily.COEFFICIENTS, "5"), 1L).parameterCount()).isEqualTo(5);
        assertThat(family.footprint(100, Map.of()).orElseThrow().parameters()).isEqualTo(128);
    }

    @Test
    void refusesOnePointBecauseTheSpacingDividesByZero() {
        assertThatThrownBy(() -> LlsqFamily.graph(1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("llsq needs n ≥ 2 sample points, was 1: t_i = −1 + 2i/(n − 1) is 0/0 at n = 1");
        assertThatThrownBy(() -> LlsqFamily.model(new double[0], 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("llsq needs at least one coefficient in x, had 0");
        assertThatThrownBy(() -> family.instance(5, Map.of(LlsqFamily.COEFFICIENTS, "0"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'm' of model 'gb-llsq' must be an integer between 1 and 1024, was '0'");
    }

    @Test
    void handCallsAllocateNothing() {
        ModelInstance model = family.instance(200, Map.of(LlsqFamily.COEFFICIENTS, "16"), 2L);
        HandCalls.assertAllocateNothing(model.handDerivative().orElseThrow(), model.point());
    }
}
