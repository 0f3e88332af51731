package org.autodiffbench.models.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** Checks against the worked example of Baydin, Pearlmutter, Radul and Siskind, JMLR 18 (2018). */
class ScalarExampleFamilyTest {

    private final ModelInstance instance = new ScalarExampleFamily().instance(2, 123L);

    @Test
    void thePointIsTwoFiveWhateverTheSeed() {
        assertThat(instance.point()).containsExactly(2.0, 5.0);
        assertThat(new ScalarExampleFamily().instance(2, -9L).point()).containsExactly(2.0, 5.0);
    }

    @Test
    void buildsTheNodesInTheOrderOfThePapersTrace() {
        Graph graph = instance.graph();
        List<String> trace = graph.nodes().stream()
                .map(n -> n.isInput() ? graph.nameOf(n.id()) : n.primitive().name())
                .toList();
        assertThat(trace).containsExactly("x1", "x2", "log", "mul", "sin", "add", "sub");
        assertThat(graph.nodes().stream().map(Node::operands).toList())
                .containsExactly(new int[0], new int[0], new int[] {0}, new int[] {0, 1}, new int[] {1},
                        new int[] {2, 3}, new int[] {5, 4});
        assertThat(graph.outputs()).containsExactly(6);
    }

    @Test
    void theGraphComputesThePapersValue() {
        double value = new ReferenceInterpreter(instance.graph()).apply(instance.point())[0];
        assertThat(value).isCloseTo(11.652071, within(1e-6));
        assertThat(value).isEqualTo(Math.log(2) + 10 - Math.sin(5));
    }

    @Test
    void theHandGradientIsThePapersAdjoint() {
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] gradient = new double[2];
        double value = hand.gradient(instance.point(), gradient);
        assertThat(value).isCloseTo(11.652071, within(1e-6));
        assertThat(gradient[0]).isEqualTo(5.5);
        assertThat(gradient[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }

    @Test
    void theHandGradientMatchesFiniteDifferencesOfTheGraph() {
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = {0.7, -1.3};
        double[] gradient = new double[2];
        hand.gradient(x, gradient);
        for (int j = 0; j < 2; j++) {
            double[] column = FiniteDifferenceJacobian.column(new ReferenceInterpreter(instance.graph()), x, j);
            Rho.assertClose("∂f/∂x" + (j + 1), gradient[j], column[0], 1e-8);
        }
    }

    @Test
    void theJacobianIsTheGradientAsOneRow() {
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] y = new double[1];
        double[] jacobian = new double[2];
        hand.jacobian(instance.point(), y, jacobian);
        double[] value = new double[1];
        hand.value(instance.point(), value);
        assertThat(y).containsExactly(value[0]);
        assertThat(jacobian[0]).isEqualTo(5.5);
        assertThat(jacobian[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }

    /** Along e₁ and e₂ at (2, 5) the tangent is the gradient's entries, Baydin et al.'s 5.5 and 1.716…. */
    @Test
    void theHandJvpAlongEachAxisIsTheWorkedGradient() {
        HandDerivative hand = new ScalarExampleFamily().instance(2, 123L).handDerivative().orElseThrow();
        double[] y = new double[1];
        double[] yDot = new double[1];
        hand.jvp(new double[] {2, 5}, new double[] {1, 0}, y, yDot);
        assertThat(y[0]).isEqualTo(Math.log(2) + 10 - Math.sin(5));
        assertThat(yDot[0]).isCloseTo(5.5, within(1e-15));
        hand.jvp(new double[] {2, 5}, new double[] {0, 1}, y, yDot);
        assertThat(yDot[0]).isCloseTo(2 - Math.cos(5), within(1e-15));
    }

    @Test
    void theHandJvpAgreesWithTheGradientAndTheGraph() {
        HandTangents.assertAgreesWithGradientAndGraph(instance, 5, 1e-14);
    }
}
