package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.graph.Graph;
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
import org.junit.jupiter.params.provider.MethodSource;

class GmmFamilyTest {

    private final GmmFamily family = new GmmFamily();

    /** Small inputs (d, k, n, m, γ) drawn as run.py draws them, with a prior that is not the default. */
    static Stream<Sample> smallInputs() {
        return Stream.of(Sample.of(1, 1, 1, 0, 1.0), Sample.of(1, 3, 4, 2, 0.5), Sample.of(2, 2, 5, 1, 1.3),
                Sample.of(3, 2, 4, 2, 0.7), Sample.of(4, 3, 3, 0, 1.0));
    }

    /** Inputs for the JVP: one and three components, in one to three dimensions, with a prior that is not the default. */
    static Stream<Sample> tangentInputs() {
        return Stream.of(Sample.of(1, 1, 4, 2, 0.5), Sample.of(2, 3, 12, 1, 1.3), Sample.of(3, 3, 20, 2, 0.7),
                Sample.of(3, 1, 7, 0, 1.0));
    }

    /** An input of the eval: its data and a point drawn as run.py draws them, scaled down. */
    private record Sample(GmmData data, double[] point) {

        static Sample of(int d, int k, int n, int m, double gamma) {
            Random random = new Random(31L * d + k);
            GmmData data = new GmmData(d, k, n, random.doubles(n * d).map(u -> 2 * u - 1).toArray(), m, gamma);
            double[] point = new double[data.parameterCount()];
            for (int i = 0; i < point.length; i++) {
                boolean mu = i >= data.muOffset() && i < data.qOffset();
                point[i] = mu ? random.nextDouble() : 0.6 * random.nextGaussian();
            }
            return new Sample(data, point);
        }

        @Override
        public String toString() {
            return "d=" + data.d() + " k=" + data.k() + " n=" + data.n() + " m=" + data.m() + " gamma=" + data.gamma();
        }
    }

    private static double[] gradient(HandDerivative hand, double[] x) {
        double[] g = new double[x.length];
        hand.gradient(x, g);
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInputs")
    void theGraphAndTheHandValueAreTheReadmesLogPosterior(Sample sample) {
        GmmData data = sample.data();
        double[] x = sample.point();
        double expected = GmmByDefinition.logPosterior(data, x);
        Rho.assertClose("graph value", new ReferenceInterpreter(GmmFamily.graph(data)).apply(x)[0], expected, 1e-12);
        double[] y = new double[1];
        new GmmGradient(data).value(x, y);
        Rho.assertClose("hand value", y[0], expected, 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInputs")
    void theHandGradientMatchesCentralDifferencesOfTheDefinition(Sample sample) {
        GmmData data = sample.data();
        double[] x = sample.point();
        double[] g = new double[x.length];
        double value = new GmmGradient(data).gradient(x, g);
        Rho.assertClose("value with the gradient", value, GmmByDefinition.logPosterior(data, x), 1e-12);
        for (int j = 0; j < x.length; j++) {
            double fd = FiniteDifferenceJacobian.column(p -> new double[] {GmmByDefinition.logPosterior(data, p)},
                    x, j)[0];
            Rho.assertClose("∂F/∂x" + j, g[j], fd, 1e-8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tangentInputs")
    void theHandJvpIsTheGradientAlongVAndTheGraphsCentralDifference(Sample sample) {
        HandTangents.assertAgreesWithGradientAndGraph(GmmFamily.model(sample.data(), sample.point()), 7, 1e-12);
    }

    @Test
    void theHandJvpOfADrawnModelIsTheGradientAlongVAndTheGraphsCentralDifference() {
        ModelInstance model = family.instance(3, Map.of(GmmFamily.DIMENSION, "2", GmmFamily.POINTS, "16"), 4L);
        HandTangents.assertAgreesWithGradientAndGraph(model, 11, 1e-12);
    }

    /** Γ_D at the points the prior uses, against values known in closed form. */
    @Test
    void theConstantTermsHoldTheMultivariateLogGamma() {
        assertThat(GmmByDefinition.gamma(0.5)).isCloseTo(Math.sqrt(Math.PI), offset(1e-15));
        assertThat(GmmByDefinition.gamma(3.5)).isCloseTo(15 * Math.sqrt(Math.PI) / 8, offset(1e-14));
        // d = 1, k = 1, n = 1, m = 0, γ = 1: −½ln 2π + 2·ln(1/√2) − ln Γ(1) = −½ln 2π − ln 2.
        GmmData one = new GmmData(1, 1, 1, new double[] {0.3}, 0, 1.0);
        Rho.assertClose("constant terms", one.constantTerms(), -0.5 * Math.log(2 * Math.PI) - Math.log(2), 1e-15);
        // d = 3, m = 2: n_W = 6, Γ_3(3) = π^{3/2}·Γ(3)·Γ(5/2)·Γ(2) = π^{3/2}·2·(3√π/4).
        GmmData three = new GmmData(3, 2, 1, new double[] {0, 0, 0}, 2, 1.0);
        double logGamma3 = Math.log(Math.pow(Math.PI, 1.5) * 2 * 0.75 * Math.sqrt(Math.PI));
        Rho.assertClose("constant terms", three.constantTerms(),
                -1.5 * Math.log(2 * Math.PI) + 2 * (18 * Math.log(1 / Math.sqrt(2)) - logGamma3), 1e-14);
    }

    @Test
    void declaresAlphaMuQAndLThenTheData() {
        Graph graph = family.instance(3, Map.of(GmmFamily.DIMENSION, "4", GmmFamily.POINTS, "7"), 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name).containsExactly("alpha", "mu", "q", "l");
        assertThat(graph.differentiableInputs()).extracting(Input::shape).containsExactly(Shape.vector(3),
                Shape.matrix(3, 4), Shape.matrix(3, 4), Shape.matrix(3, 6));
        assertThat(graph.parameterCount()).isEqualTo(3 * (1 + 8 + 6));
        assertThat(graph.input("x").orElseThrow().shape()).isEqualTo(Shape.matrix(7, 4));
        assertThat(graph.input("x").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.hasScalarOutput()).isTrue();
    }

    @Test
    void inOneDimensionThereIsNoL() {
        Graph graph = family.instance(2, Map.of(GmmFamily.DIMENSION, "1"), 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name).containsExactly("alpha", "mu", "q");
    }

    @Test
    void theDataStayWhenTheComponentsChangeAndMuIsUniformOnTheUnitInterval() {
        ModelInstance small = family.instance(2, 5L);
        ModelInstance large = family.instance(50, 5L);
        assertThat(large.graph().input("x").orElseThrow().data()).isEqualTo(small.graph().input("x").orElseThrow().data());
        assertThat(large.graph().input("x").orElseThrow().data()).hasSize(1000 * 2);
        double[] point = large.point();
        for (int i = 50; i < 50 + 100; i++) {
            assertThat(point[i]).isBetween(0.0, 1.0);
        }
        assertThat(family.instance(50, 6L).point()).isNotEqualTo(point);
    }

    @Test
    void theHandGradientAllocatesNothingAndDependsOnlyOnItsArguments() {
        ModelInstance instance = family.instance(4, Map.of(GmmFamily.DIMENSION, "3", GmmFamily.POINTS, "20"), 2L);
        HandDerivative used = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] g = gradient(used, new Random(1).doubles(x.length, -0.3, 0.3).toArray());
        double value = used.gradient(x, g);
        double[] fresh = new double[x.length];
        assertThat(instance.handDerivative().orElseThrow().gradient(x, fresh)).isEqualTo(value);
        assertThat(g).isEqualTo(fresh);
        double[] y = new double[1];
        Runnable calls = () -> {
            for (int call = 0; call < 100; call++) {
                used.gradient(x, g);
                used.value(x, y);
            }
        };
        calls.run();
        assertThat(Allocations.bytesAllocatedBy(calls)).isLessThan(100);
    }

    @Test
    void theFootprintCountsTheParameters() {
        Map<String, String> options = Map.of(GmmFamily.DIMENSION, "64");
        assertThat(family.footprint(100, options).orElseThrow().parameters())
                .isEqualTo(100 * (1 + 128 + 64 * 63 / 2));
    }

    @Test
    void refusesSizesOptionsAndInputsThatDoNotFitWithAClearMessage() {
        assertThatThrownBy(() -> family.instance(201, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size 201 is out of range for model 'gb-gmm': mixture components K must be between 1 and 200");
        assertThatThrownBy(() -> family.instance(5, Map.of(GmmFamily.DIMENSION, "129"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'd' of model 'gb-gmm' must be an integer between 1 and 128, was '129'");
        String tooLarge = "gmm with n = 10000, k = 200, d = 128 has N·K·D = 256000000 residuals, above the 67108864 "
                + "one graph may hold; lower n, k or d";
        Map<String, String> adbench10k = Map.of(GmmFamily.DIMENSION, "128", GmmFamily.POINTS, "10000");
        assertThatThrownBy(() -> family.instance(200, adbench10k, 1L)).hasMessage(tooLarge);
        assertThatThrownBy(() -> family.footprint(200, adbench10k)).hasMessage(tooLarge);
        assertThatThrownBy(() -> new GmmData(2, 1, 3, new double[5], 0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gmm field 'x' has 5 numbers; n×d = 3×2 needs 6");
        assertThatThrownBy(() -> new GmmData(2, 1, 1, new double[2], 0, 0.0))
                .hasMessage("gmm field 'gamma' must be a positive number, was 0.0");
        GmmData data = new GmmData(2, 2, 1, new double[2], 0, 1.0);
        assertThatThrownBy(() -> data.point(new double[2], new double[4], new double[4], new double[3]))
                .hasMessage("gmm field 'l' has 3 numbers in all; it needs 2");
    }
}
