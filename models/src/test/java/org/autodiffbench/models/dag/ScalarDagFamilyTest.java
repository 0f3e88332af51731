package org.autodiffbench.models.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.CentralDifference;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarDagFamilyTest {

    private final ScalarDagFamily family = new ScalarDagFamily();

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 100, 4096})
    void hasAboutEightPrimitiveNodesPerInput(int n) {
        for (long seed = 0; seed < 3; seed++) {
            Graph graph = family.instance(n, seed).graph();
            int primitiveNodes = graph.nodeCount() - graph.inputs().size();
            // The last step may overshoot by its few nodes.
            assertThat(primitiveNodes).isBetween(8 * n, 8 * n + 4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 300})
    void hasNScalarInputsThatAllReachTheOneOutput(int n) {
        Graph graph = family.instance(n, 5L).graph();
        assertThat(graph.inputs()).hasSize(n).allSatisfy(input -> {
            assertThat(input.isDifferentiable()).isTrue();
            assertThat(input.shape().isScalar()).isTrue();
            assertThat(graph.isActive(input.nodeId())).as(input.name()).isTrue();
        });
        assertThat(graph.inputs()).extracting(Input::name).startsWith("x1", "x2").endsWith("x" + n);
        assertThat(graph.hasScalarOutput()).isTrue();
        for (Node node : graph.nodes()) {
            assertThat(graph.isUseful(node.id())).as("node %d reaches the output", node.id()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 500})
    void sharesSubexpressions(int n) {
        for (long seed = 0; seed < 5; seed++) {
            Graph graph = family.instance(n, seed).graph();
            int[] consumers = new int[graph.nodeCount()];
            for (Node node : graph.nodes()) {
                Set<Integer> operands = new HashSet<>();
                for (int id : node.operands()) {
                    operands.add(id);
                }
                operands.forEach(id -> consumers[id]++);
            }
            long shared = Arrays.stream(consumers).filter(c -> c > 1).count();
            assertThat(shared).as("nodes with fan-out > 1, seed %d", seed).isGreaterThanOrEqualTo(graph.nodeCount() / 10);
        }
    }

    @Test
    void theSameSeedGivesTheSameGraphAndPoint() {
        ModelInstance first = family.instance(50, 99L);
        ModelInstance again = family.instance(50, 99L);
        assertThat(again.graph().nodes()).isEqualTo(first.graph().nodes());
        assertThat(again.graph().outputs()).isEqualTo(first.graph().outputs());
        assertThat(again.point()).isEqualTo(first.point());

        ModelInstance other = family.instance(50, 100L);
        assertThat(other.graph().nodes()).isNotEqualTo(first.graph().nodes());
        assertThat(other.point()).isNotEqualTo(first.point());
    }

    @Test
    void thePointLiesInTheUnitBoxAndHasNoHandDerivative() {
        ModelInstance instance = family.instance(1000, 4L);
        double[] point = instance.point();
        assertThat(point).hasSize(1000);
        assertThat(Arrays.stream(point).min().orElseThrow()).isBetween(-1.0, -0.99);
        assertThat(Arrays.stream(point).max().orElseThrow()).isBetween(0.99, 1.0);
        assertThat(instance.handDerivative()).isEmpty();
    }

    @Test
    void staysFiniteForManySeeds() {
        for (int n : new int[] {2, 5, 17, 64}) {
            for (long seed = 0; seed < 150; seed++) {
                ModelInstance instance = family.instance(n, seed);
                double value = new ReferenceInterpreter(instance.graph()).apply(instance.point())[0];
                assertThat(value).as("n %d, seed %d", n, seed).isFinite();
                // Every node is at most 3 in size, so the sum of the unconsumed ones is bounded.
                assertThat(Math.abs(value)).isLessThanOrEqualTo(3.0 * instance.graph().nodeCount());
            }
        }
        ModelInstance largest = family.instance(4096, 1L);
        assertThat(new ReferenceInterpreter(largest.graph()).apply(largest.point())[0]).isFinite();
    }

    @Test
    void directionalDerivativesAgreeWithCentralDifferences() {
        for (int n : new int[] {2, 8, 40}) {
            for (long seed = 0; seed < 20; seed++) {
                ModelInstance instance = family.instance(n, seed);
                Graph graph = instance.graph();
                double[] x = instance.point();
                double[] v = new Random(seed).doubles(n, -1.0, 1.0).toArray();
                double[] exact = new ReferenceInterpreter(graph).jvp(x, v);
                double[] approx = CentralDifference.directionalDerivative(new ReferenceInterpreter(graph), x, v);
                Rho.assertClose("J·v at n = " + n + ", seed " + seed, exact, approx, 1e-7);
            }
        }
    }

    @Test
    void everyPartialDerivativeAgreesWithCentralDifferencesAndIsModerate() {
        ModelInstance instance = family.instance(12, 31L);
        Graph graph = instance.graph();
        double[] x = instance.point();
        for (int j = 0; j < 12; j++) {
            double[] unit = new double[12];
            unit[j] = 1.0;
            double exact = new ReferenceInterpreter(graph).jvp(x, unit)[0];
            double approx = FiniteDifferenceJacobian.column(new ReferenceInterpreter(graph), x, j)[0];
            Rho.assertClose("∂f/∂x" + (j + 1), exact, approx, 1e-7);
            assertThat(Math.abs(exact)).as("∂f/∂x%d", j + 1).isLessThan(100.0);
        }
    }
}
