package org.autodiffbench.models.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.models.Allocations;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.StageChain;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdeChainFamilyTest {

    private final OdeChainFamily family = new OdeChainFamily();

    @Test
    void differentiatesTheInitialStateAndTheParametersAgainstAFixedTarget() {
        Graph graph = family.instance(10, 1L).graph();
        assertThat(graph.differentiableInputs()).extracting(Input::name).containsExactly("theta0", "omega0", "k", "c");
        assertThat(graph.differentiableInputs()).extracting(Input::offset).containsExactly(0, 1, 2, 3);
        assertThat(graph.inputs()).extracting(Input::shape).containsOnly(Shape.scalar());
        assertThat(graph.input("thetaTarget").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.input("omegaTarget").orElseThrow().isDifferentiable()).isFalse();
        assertThat(graph.parameterCount()).isEqualTo(4);
        assertThat(graph.hasScalarOutput()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 37})
    void hasOneStagePerStepInAChain(int steps) {
        Graph graph = family.instance(steps, 1L).graph();
        assertThat(graph.stageCount()).isEqualTo(steps);
        StageChain.assertChain(graph);
        int perStep = graph.stageEnd(0) - graph.stageStart(0) - globals(graph);
        for (int s = 1; s < steps - 1; s++) {
            assertThat(graph.stageEnd(s) - graph.stageStart(s)).as("nodes of stage %d", s).isEqualTo(perStep);
        }
        assertThat(graph.node(graph.output(0)).stage()).isEqualTo(steps - 1);
    }

    private static int globals(Graph graph) {
        return (int) graph.nodes().stream().filter(n -> StageChain.isGlobal(graph, n.id())).count();
    }

    @Test
    void everyInputAndConstantComesBeforeTheFirstStep() {
        Graph graph = family.instance(12, 1L).graph();
        int firstComputed = graph.nodes().stream()
                .filter(n -> !StageChain.isGlobal(graph, n.id())).mapToInt(Node::id).min().orElseThrow();
        assertThat(firstComputed).isEqualTo(globals(graph));
    }

    @Test
    void buildsOneHundredThousandStepsInLinearTime() {
        Graph small = family.instance(10, 1L).graph();
        int perStep = family.instance(11, 1L).graph().nodeCount() - small.nodeCount();
        long start = System.nanoTime();
        Graph large = family.instance(100_000, 1L).graph();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMillis).isLessThan(5_000);
        assertThat(large.stageCount()).isEqualTo(100_000);
        assertThat(large.nodeCount()).isEqualTo(small.nodeCount() + (100_000 - 10) * perStep);
    }

    @Test
    void drawsThePointAndTargetFromTheirRangesBySeed() {
        for (long seed = 0; seed < 50; seed++) {
            ModelInstance instance = family.instance(10, seed);
            double[] x = instance.point();
            assertThat(x[0]).isBetween(0.5, 1.5);
            assertThat(x[1]).isBetween(-0.5, 0.5);
            assertThat(x[2]).isBetween(5.0, 15.0);
            assertThat(x[3]).isBetween(0.05, 0.5);
            assertThat(instance.graph().input("thetaTarget").orElseThrow().data()[0]).isBetween(-0.5, 0.5);
            assertThat(instance.graph().input("omegaTarget").orElseThrow().data()[0]).isBetween(-0.5, 0.5);
        }
        assertThat(family.instance(20, 3L).point()).isEqualTo(family.instance(10, 3L).point());
        assertThat(family.instance(10, 4L).point()).isNotEqualTo(family.instance(10, 3L).point());
        assertThat(family.instance(10, 4L).graph().input("thetaTarget").orElseThrow().data())
                .isNotEqualTo(family.instance(10, 3L).graph().input("thetaTarget").orElseThrow().data());
    }

    @Test
    void takesNoOptionsAndNamesItsSizeRange() {
        assertThatThrownBy(() -> family.instance(10, Map.of("width", "4"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'width' for model 'ode-chain'; it accepts no options");
        for (int bad : new int[] {9, 100_001}) {
            assertThatThrownBy(() -> family.instance(bad, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("size " + bad + " is out of range for model 'ode-chain': time steps T must be between 10 and 100000");
        }
    }

    /**
     * Against independent integrators of the pendulum: classical RK4 at a step 100 times smaller
     * is the reference, to about 1e-12. Heun's method is second order, so its error at h = 0.01
     * must be about four times that of the same method at h/2, and well below a percent.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void integratesTheDampedPendulumToSecondOrder(long seed) {
        int steps = 100;
        ModelInstance instance = family.instance(steps, seed);
        double[] x = instance.point();
        double thetaTarget = instance.graph().input("thetaTarget").orElseThrow().data()[0];
        double omegaTarget = instance.graph().input("omegaTarget").orElseThrow().data()[0];

        double[] reference = {x[0], x[1]};
        for (int n = 0; n < steps * 100; n++) {
            rungeKuttaStep(reference, x[2], x[3], OdeChainFamily.STEP / 100);
        }
        double[] halfStep = {x[0], x[1]};
        for (int n = 0; n < steps * 2; n++) {
            heunStep(halfStep, x[2], x[3], OdeChainFamily.STEP / 2);
        }
        double referenceLoss = loss(reference, thetaTarget, omegaTarget);
        double graphError = Math.abs(new ReferenceInterpreter(instance.graph()).apply(x)[0] - referenceLoss);
        double halfStepError = Math.abs(loss(halfStep, thetaTarget, omegaTarget) - referenceLoss);
        assertThat(graphError).isLessThan(1e-2 * referenceLoss);
        assertThat(graphError / halfStepError).isBetween(3.5, 4.5);
    }

    private static double loss(double[] state, double thetaTarget, double omegaTarget) {
        double thetaError = state[0] - thetaTarget;
        double omegaError = state[1] - omegaTarget;
        return 0.5 * (thetaError * thetaError + omegaError * omegaError);
    }

    private static void heunStep(double[] state, double k, double c, double h) {
        double theta = state[0];
        double omega = state[1];
        double acceleration = -k * Math.sin(theta) - c * omega;
        double thetaPredicted = theta + h * omega;
        double omegaPredicted = omega + h * acceleration;
        double accelerationPredicted = -k * Math.sin(thetaPredicted) - c * omegaPredicted;
        state[0] = theta + h / 2 * (omega + omegaPredicted);
        state[1] = omega + h / 2 * (acceleration + accelerationPredicted);
    }

    private static void rungeKuttaStep(double[] state, double k, double c, double h) {
        double theta = state[0];
        double omega = state[1];
        double k1t = omega;
        double k1w = -k * Math.sin(theta) - c * omega;
        double k2t = omega + h / 2 * k1w;
        double k2w = -k * Math.sin(theta + h / 2 * k1t) - c * k2t;
        double k3t = omega + h / 2 * k2w;
        double k3w = -k * Math.sin(theta + h / 2 * k2t) - c * k3t;
        double k4t = omega + h * k3w;
        double k4w = -k * Math.sin(theta + h * k3t) - c * k4t;
        state[0] = theta + h / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
        state[1] = omega + h / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50})
    void theHandValueIsTheGraphValue(int steps) {
        for (long seed = 0; seed < 5; seed++) {
            ModelInstance instance = family.instance(steps, seed);
            double[] y = new double[1];
            instance.handDerivative().orElseThrow().value(instance.point(), y);
            Rho.assertClose("hand value", y[0],
                    new ReferenceInterpreter(instance.graph()).apply(instance.point())[0], 1e-15);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50})
    void theAdjointGradientMatchesFiniteDifferencesOfTheHandValueAndOfTheGraph(int steps) {
        for (long seed = 0; seed < 3; seed++) {
            ModelInstance instance = family.instance(steps, seed);
            HandDerivative hand = instance.handDerivative().orElseThrow();
            double[] x = instance.point();
            double[] gradient = new double[4];
            hand.gradient(x, gradient);
            VectorFunction handValue = p -> {
                double[] y = new double[1];
                hand.value(p, y);
                return y;
            };
            VectorFunction graphValue = new ReferenceInterpreter(instance.graph());
            for (int j = 0; j < 4; j++) {
                Rho.assertClose("∂L/∂x" + j + " against differences of the hand value", gradient[j],
                        FiniteDifferenceJacobian.column(handValue, x, j)[0], 1e-9);
                Rho.assertClose("∂L/∂x" + j + " against differences of the graph", gradient[j],
                        FiniteDifferenceJacobian.column(graphValue, x, j)[0], 1e-9);
            }
        }
    }

    /** The graph's JVP rules give each partial derivative to rounding, a tighter check than differences. */
    @ParameterizedTest
    @ValueSource(ints = {10, 50, 2000})
    void theAdjointGradientIsTheGraphsDirectionalDerivative(int steps) {
        ModelInstance instance = family.instance(steps, 7L);
        double[] x = instance.point();
        double[] gradient = new double[4];
        instance.handDerivative().orElseThrow().gradient(x, gradient);
        for (int j = 0; j < 4; j++) {
            double[] unit = new double[4];
            unit[j] = 1.0;
            double partial = new ReferenceInterpreter(instance.graph()).jvp(x, unit)[0];
            Rho.assertClose("∂L/∂x" + j + " against the graph's tangent", gradient[j], partial, 1e-13);
            assertThat(Math.abs(gradient[j])).as("partial %d is not vanishingly small", j).isGreaterThan(1e-6);
        }
    }

    @Test
    void repeatedCallsDependOnlyOnTheirArgumentsAndAllocateNothing() {
        ModelInstance instance = family.instance(500, 2L);
        HandDerivative used = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] gradient = new double[4];
        used.gradient(new double[] {0.1, 0.2, 3.0, 0.4}, gradient);
        double loss = used.gradient(x, gradient);

        double[] fresh = new double[4];
        double freshLoss = instance.handDerivative().orElseThrow().gradient(x, fresh);
        assertThat(gradient).isEqualTo(fresh);
        assertThat(loss).isEqualTo(freshLoss);

        double[] y = new double[1];
        double[] jacobian = new double[4];
        used.jacobian(x, y, jacobian);
        assertThat(jacobian).isEqualTo(fresh);
        assertThat(y[0]).isEqualTo(freshLoss);

        assertThat(Allocations.bytesAllocatedBy(() -> {
            for (int call = 0; call < 100; call++) {
                used.gradient(x, gradient);
                used.value(x, y);
            }
        })).isLessThan(100);
    }

    @Test
    void refusesArraysOfTheWrongLength() {
        HandDerivative hand = family.instance(10, 1L).handDerivative().orElseThrow();
        assertThatThrownBy(() -> hand.gradient(new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x has 3 entries; this model needs 4");
        assertThatThrownBy(() -> hand.value(new double[4], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("y has 2 entries; this model needs 1");
    }
}
