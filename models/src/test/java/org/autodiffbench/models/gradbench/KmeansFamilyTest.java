package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmeansFamilyTest {

    private final KmeansFamily family = new KmeansFamily();

    /**
     * Points (0, 0), (1, 1), (3, 4); centroids (1, 0), (3, 3). Squared distances: 1 and 18, 1 and 8,
     * 20 and 1, so the first two points are nearest C₀, the third C₁, and f = 1 + 1 + 1 = 3.
     * ∂f/∂C₀ = 2[(1, 0) − (0, 0) + (1, 0) − (1, 1)] = (2, −2); ∂f/∂C₁ = 2[(3, 3) − (3, 4)] = (0, −2).
     */
    @Test
    void matchesTheHandCalculation() {
        double[] points = {0, 0, 1, 1, 3, 4};
        double[] centroids = {1, 0, 3, 3};
        ModelInstance model = KmeansFamily.model(points, 3, 2, centroids);
        double[] expected = {2, -2, 0, -2};

        ReferenceInterpreter reference = new ReferenceInterpreter(model.graph());
        Rho.assertClose("cost", reference.apply(centroids)[0], 3, 1e-15);
        Rho.assertClose("gradient", reference.gradient(centroids), expected, 1e-15);
        double[] gradient = new double[4];
        Rho.assertClose("hand cost", model.handDerivative().orElseThrow().gradient(centroids, gradient), 3, 1e-15);
        Rho.assertClose("hand gradient", gradient, expected, 1e-15);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "3, 20, 2", "10, 100, 8", "25, 200, 16"})
    void theHandGradientMatchesTheGraphAndFiniteDifferences(int k, int n, int d) {
        ModelInstance model = family.instance(k, Map.of(KmeansFamily.POINTS, String.valueOf(n),
                KmeansFamily.DIMENSION, String.valueOf(d)), 3L);
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] centroids = model.point();
        assertThat(centroids).hasSize(k * d);
        double[] gradient = new double[k * d];
        double cost = hand.gradient(centroids, gradient);

        ReferenceInterpreter reference = new ReferenceInterpreter(model.graph());
        Rho.assertClose("hand cost", cost, reference.apply(centroids)[0], 1e-12);
        Rho.assertClose("hand gradient", gradient, reference.gradient(centroids), 1e-12);
        VectorFunction handValue = HandCalls.value(hand);
        for (int j = 0; j < Math.min(k * d, 6); j++) {
            Rho.assertClose("∂f/∂C" + j + " against differences", gradient[j],
                    FiniteDifferenceJacobian.column(handValue, centroids, j)[0], 1e-8);
        }
    }

    /** The hand tangent against ∇f·v and the graph along v, at the eval's starting centroids. */
    @ParameterizedTest
    @CsvSource({"1, 4, 3", "2, 12, 3", "5, 30, 4"})
    void theHandTangentMatchesTheGradientAndTheGraph(int k, int n, int d) {
        ModelInstance model = family.instance(k, Map.of(KmeansFamily.POINTS, String.valueOf(n),
                KmeansFamily.DIMENSION, String.valueOf(d)), 7L);
        HandTangents.assertAgreesWithGradientAndGraph(model, 11L, 1e-15);
    }

    /**
     * The points and centroids of {@link #matchesTheHandCalculation}, moved along Ċ = (1, 2, 3, 4):
     * ẏ = ∇f·Ċ = (2, −2, 0, −2)·(1, 2, 3, 4) = −10.
     */
    @Test
    void theHandTangentMatchesTheHandCalculation() {
        double[] centroids = {1, 0, 3, 3};
        ModelInstance model = KmeansFamily.model(new double[] {0, 0, 1, 1, 3, 4}, 3, 2, centroids);
        double[] y = new double[1];
        double[] yDot = new double[1];
        model.handDerivative().orElseThrow().jvp(centroids, new double[] {1, 2, 3, 4}, y, yDot);
        assertThat(y[0]).isEqualTo(3);
        assertThat(yDot[0]).isEqualTo(-10);
    }

    /** As the eval, the centroids start as the last k points, so each is nearest to itself: f counts the rest. */
    @Test
    void theCentroidsAreTheLastPointsAsTheEvalMakesThem() {
        ModelInstance model = family.instance(4, Map.of(KmeansFamily.POINTS, "4", KmeansFamily.DIMENSION, "3"), 9L);
        double[] centroids = model.point();
        assertThat(Arrays.stream(centroids)).allMatch(v -> v >= 0 && v < 1);
        double[] value = new double[1];
        model.handDerivative().orElseThrow().value(centroids, value);
        assertThat(value[0]).isZero();
        // the graph expands |P − C|² = |P|² − 2P·C + |C|², which leaves rounding where P = C
        assertThat(new ReferenceInterpreter(model.graph()).apply(centroids)[0]).isCloseTo(0, within(1e-14));
    }

    @Test
    void moreCentroidsThanPointsAreRefused() {
        assertThatThrownBy(() -> family.instance(11, Map.of(KmeansFamily.POINTS, "10"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kmeans needs k ≤ n (the centroids start as the last k points), were k = 11, n = 10; "
                        + "give more points with option n");
    }

    @Test
    void handCallsAllocateNothing() {
        ModelInstance model = family.instance(10, 2L);
        HandCalls.assertAllocateNothing(model.handDerivative().orElseThrow(), model.point());
    }
}
