package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BaFamilyTest {

    private final BaFamily family = new BaFamily();

    /**
     * The block's outputs computed here another way: R from its matrix form
     * I + sin θ·K + (1 − cos θ)·K² with K the cross matrix of r/θ, then GradBench's projection.
     */
    static double[] directResiduals(double[] cam, double[] point, double w, double[] feat) {
        double[] v = {point[0] - cam[3], point[1] - cam[4], point[2] - cam[5]};
        double theta = Math.sqrt(cam[0] * cam[0] + cam[1] * cam[1] + cam[2] * cam[2]);
        double[] rotated = v.clone();
        if (theta > 0) {
            double a = cam[0] / theta;
            double b = cam[1] / theta;
            double c = cam[2] / theta;
            double[][] k = {{0, -c, b}, {c, 0, -a}, {-b, a, 0}};
            for (int i = 0; i < 3; i++) {
                rotated[i] = 0;
                for (int j = 0; j < 3; j++) {
                    double kk = 0;
                    for (int l = 0; l < 3; l++) {
                        kk += k[i][l] * k[l][j];
                    }
                    double r = (i == j ? 1 : 0) + Math.sin(theta) * k[i][j] + (1 - Math.cos(theta)) * kk;
                    rotated[i] += r * v[j];
                }
            }
        }
        double px = rotated[0] / rotated[2];
        double py = rotated[1] / rotated[2];
        double rsq = px * px + py * py;
        double l = 1 + cam[9] * rsq + cam[10] * rsq * rsq;
        return new double[] {w * (cam[6] * px * l + cam[7] - feat[0]), w * (cam[6] * py * l + cam[8] - feat[1]), 1 - w * w};
    }

    private static double[] handValue(HandDerivative hand, double[] x) {
        double[] y = new double[3];
        hand.value(x, y);
        return y;
    }

    @ParameterizedTest(name = "ba{0}")
    @ValueSource(ints = {1, 2, 7, 20})
    void theGraphAndTheHandValueAreTheReprojectionErrorComputedDirectly(int size) {
        for (long seed = 1; seed <= 5; seed++) {
            BaInput input = BaFamily.problem(size, seed);
            ModelInstance model = family.instance(size, seed);
            double[] expected = directResiduals(input.cam(), input.x(), input.w(), input.feat());
            Rho.assertClose("graph value", new ReferenceInterpreter(model.graph()).apply(model.point()), expected, 1e-12);
            Rho.assertClose("hand value", handValue(model.handDerivative().orElseThrow(), model.point()), expected, 1e-12);
        }
    }

    @Test
    void theBlockHasFifteenInputsThreeOutputsAndTheFeatureAsData() {
        BaInput input = BaFamily.problem(3, 4L);
        Graph graph = family.instance(3, 4L).graph();
        assertThat(graph.parameterCount()).isEqualTo(15);
        assertThat(graph.outputSize()).isEqualTo(3);
        assertThat(graph.input("feat").orElseThrow().data()).isEqualTo(input.feat());
        assertThat(family.instance(3, 4L).point()).isEqualTo(input.block());
    }

    @Test
    void theSizesAreAdbenchsProblems() {
        BaInput first = BaFamily.problem(1, 1L);
        assertThat(new int[] {first.n(), first.m(), first.p()}).containsExactly(49, 7776, 31843);
        BaInput last = BaFamily.problem(20, 1L);
        assertThat(new int[] {last.n(), last.m(), last.p()}).containsExactly(13682, 4456117, 2987644);
        assertThatThrownBy(() -> family.instance(21, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 20");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theHandJacobianMatchesCentralDifferencesOfTheGraphAndOfTheHandValue(long seed) {
        ModelInstance model = family.instance(1 + (int) seed, seed);
        assertHandJacobianMatchesDifferences(model.graph(), model.handDerivative().orElseThrow(), model.point());
    }

    /** The hand tangent against the hand Jacobian times v and the graph along v, at drawn blocks. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theHandTangentMatchesTheJacobianAndTheGraph(long seed) {
        HandTangents.assertAgreesWithJacobianAndGraph(family.instance(1 + (int) seed, seed), seed + 10, 1e-13);
    }

    @Test
    void atZeroRotationTheBlockIsTheFirstOrderRotationAndItsJacobianStillMatches() {
        BaInput drawn = BaFamily.problem(1, 9L);
        double[] cam = drawn.cam();
        cam[0] = 0;
        cam[1] = 0;
        cam[2] = 0;
        cam[3] = 0;
        cam[4] = 0;
        cam[5] = -5;
        BaInput input = new BaInput(1, 1, 1, cam, drawn.x(), drawn.w(), drawn.feat());
        Graph graph = BaFamily.blockGraph(input.feat());
        HandDerivative hand = BaFamily.handDerivative(input.feat());
        double[] expected = directResiduals(cam, input.x(), input.w(), input.feat());
        Rho.assertClose("graph value at r = 0", new ReferenceInterpreter(graph).apply(input.block()), expected, 1e-14);
        Rho.assertClose("hand value at r = 0", handValue(hand, input.block()), expected, 1e-14);
        assertHandJacobianMatchesDifferences(graph, hand, input.block());
        HandTangents.assertAgreesWithJacobianAndGraph(new BuiltModelInstance(BaFamily.ID, 1, graph, input.block(),
                () -> BaFamily.handDerivative(input.feat())), 4L, 1e-14);
    }

    private static void assertHandJacobianMatchesDifferences(Graph graph, HandDerivative hand, double[] x) {
        double[] y = new double[3];
        double[] jacobian = new double[45];
        hand.jacobian(x, y, jacobian);
        Rho.assertClose("value beside the Jacobian", y, handValue(hand, x), 0);
        VectorFunction handFunction = p -> handValue(hand, p);
        Rho.assertClose("hand Jacobian against differences of the graph", jacobian,
                FiniteDifferenceJacobian.of(new ReferenceInterpreter(graph), x), 1e-7);
        Rho.assertClose("hand Jacobian against differences of the hand value", jacobian,
                FiniteDifferenceJacobian.of(handFunction, x), 1e-7);
        assertThat(Arrays.copyOfRange(jacobian, 30, 44)).as("the weight error depends on w alone").containsOnly(0.0);
    }

    @Test
    void theInputNamesTheFieldThatIsWrong() {
        double[] cam = new double[11];
        assertThatThrownBy(() -> new BaInput(0, 1, 1, cam, new double[3], 1, new double[2]))
                .hasMessage("field 'n' must be at least 1, was 0");
        assertThatThrownBy(() -> new BaInput(1, 1, 1, new double[10], new double[3], 1, new double[2]))
                .hasMessage("field 'cam' must hold 11 numbers, held 10");
        assertThatThrownBy(() -> new BaInput(1, 1, 1, cam, new double[3], 1, new double[] {1, Double.NaN}))
                .hasMessage("field 'feat' must hold finite numbers, held NaN");
    }
}
