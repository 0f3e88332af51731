package org.autodiffbench.models.jacobian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;

class JacobianFamilyTest {

    private final JacobianFamily family = new JacobianFamily();

    @Test
    void documentsTheOutputsOption() {
        assertThat(family.options()).extracting(OptionSpec::name, OptionSpec::defaultValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outputs", "32"));
    }

    @Test
    void hasNInputsAndByDefault32Outputs() {
        Graph graph = family.instance(9, 1L).graph();
        assertThat(graph.parameterCount()).isEqualTo(9);
        assertThat(graph.outputSize()).isEqualTo(32);
        Graph narrow = family.instance(9, Map.of("outputs", "5"), 1L).graph();
        assertThat(narrow.outputSize()).isEqualTo(5);
    }

    @Test
    void drawsTheDataMatricesWithinOneOverRootN() {
        Graph graph = family.instance(25, Map.of("outputs", "40"), 2L).graph();
        for (String name : new String[] {"A", "B"}) {
            double[] values = graph.input(name).orElseThrow().data();
            assertThat(values).hasSize(40 * 25);
            double largest = java.util.Arrays.stream(values).map(Math::abs).max().orElseThrow();
            assertThat(largest).isLessThanOrEqualTo(0.2).isGreaterThan(0.19);
        }
        assertThat(graph.input("A").orElseThrow().data()).isNotEqualTo(graph.input("B").orElseThrow().data());
    }

    @Test
    void refusesBadOptionsWithMessagesThatSayWhatIsAccepted() {
        assertThatThrownBy(() -> family.instance(3, Map.of("output", "4"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'output' for model 'jacobian'; accepted options: outputs");
        for (String bad : new String[] {"0", "4097", "many"}) {
            assertThatThrownBy(() -> family.instance(3, Map.of("outputs", bad), 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option 'outputs' of model 'jacobian' must be an integer between 1 and 4096, was '" + bad + "'");
        }
    }

    @Test
    void theHandValueIsTheGraphValue() {
        ModelInstance instance = family.instance(11, Map.of("outputs", "6"), 3L);
        double[] y = new double[6];
        instance.handDerivative().orElseThrow().value(instance.point(), y);
        Rho.assertClose("hand value", y, new ReferenceInterpreter(instance.graph()).apply(instance.point()), 1e-14);
    }

    @Test
    void theHandJacobianMatchesFiniteDifferencesOfTheHandValueAndOfTheGraph() {
        for (int[] nm : new int[][] {{7, 5}, {1, 1}, {3, 12}}) {
            int n = nm[0];
            int m = nm[1];
            ModelInstance instance = family.instance(n, Map.of("outputs", Integer.toString(m)), n + 10L * m);
            HandDerivative hand = instance.handDerivative().orElseThrow();
            double[] x = instance.point();
            double[] y = new double[m];
            double[] jacobian = new double[m * n];
            hand.jacobian(x, y, jacobian);

            VectorFunction handValue = p -> {
                double[] out = new double[m];
                hand.value(p, out);
                return out;
            };
            VectorFunction graphValue = new ReferenceInterpreter(instance.graph());
            Rho.assertClose("hand value", y, graphValue.apply(x), 1e-14);
            for (int j = 0; j < n; j++) {
                double[] column = new double[m];
                for (int i = 0; i < m; i++) {
                    column[i] = jacobian[i * n + j];
                }
                Rho.assertClose("column " + j + " against differences of the hand value", column,
                        FiniteDifferenceJacobian.column(handValue, x, j), 1e-8);
                Rho.assertClose("column " + j + " against differences of the graph", column,
                        FiniteDifferenceJacobian.column(graphValue, x, j), 1e-8);
            }
        }
    }

    @Test
    void withOneOutputTheGradientIsTheJacobianRow() {
        ModelInstance instance = family.instance(6, Map.of("outputs", "1"), 5L);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] gradient = new double[6];
        double value = hand.gradient(instance.point(), gradient);
        double[] y = new double[1];
        double[] jacobian = new double[6];
        hand.jacobian(instance.point(), y, jacobian);
        assertThat(gradient).isEqualTo(jacobian);
        assertThat(value).isEqualTo(y[0]);
    }

    @Test
    void withSeveralOutputsThereIsNoGradient() {
        HandDerivative hand = family.instance(6, 5L).handDerivative().orElseThrow();
        assertThatThrownBy(() -> hand.gradient(new double[6], new double[6]))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("this jacobian model has 32 outputs; a gradient needs exactly one (set the option outputs=1)");
    }
}
