package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.autodiffbench.reference.VectorFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LseFamilyTest {

    private final LseFamily family = new LseFamily();

    private static List<String> primitives(Graph graph) {
        return graph.nodes().stream().map(Node::primitive).filter(Objects::nonNull).map(p -> p.name()).toList();
    }

    /** LSE(0, ln 3) = ln(1 + 3) = ln 4; its gradient, the softmax, is (1/4, 3/4). */
    @Test
    void matchesTheHandCalculationInEveryForm() {
        double[] x = {0, Math.log(3)};
        for (Graph graph : List.of(LseFamily.composedGraph(2), LseFamily.primitiveGraph(2))) {
            ReferenceInterpreter reference = new ReferenceInterpreter(graph);
            Rho.assertClose("LSE", reference.apply(x)[0], Math.log(4), 1e-16);
            Rho.assertClose("softmax", reference.gradient(x), new double[] {0.25, 0.75}, 1e-16);
        }
        double[] gradient = new double[2];
        Rho.assertClose("hand LSE", LseFamily.model(x).handDerivative().orElseThrow().gradient(x, gradient),
                Math.log(4), 1e-16);
        Rho.assertClose("hand softmax", gradient, new double[] {0.25, 0.75}, 1e-16);
    }

    /** exp(1000) overflows; with the max subtracted, LSE(1000, 1000, 999) = 1000 + ln(2 + e⁻¹). */
    @Test
    void theMaxTrickKeepsLargeInputsFinite() {
        double[] x = {1000, 1000, 999};
        double sum = 2 + Math.exp(-1);
        double[] softmax = {1 / sum, 1 / sum, Math.exp(-1) / sum};
        ReferenceInterpreter composed = new ReferenceInterpreter(LseFamily.composedGraph(3));
        Rho.assertClose("LSE", composed.apply(x)[0], 1000 + Math.log(sum), 1e-15);
        Rho.assertClose("softmax", composed.gradient(x), softmax, 1e-15);
        double[] gradient = new double[3];
        LseFamily.model(x).handDerivative().orElseThrow().gradient(x, gradient);
        Rho.assertClose("hand softmax", gradient, softmax, 1e-15);
    }

    @Test
    void theDefaultGraphIsComposedFromItsPartsNotTheLogSumExpPrimitive() {
        assertThat(primitives(family.instance(10, 1L).graph())).containsExactly("max", "sub", "exp", "sum", "log", "add");
        assertThat(primitives(family.instance(10, Map.of(LseFamily.FORM, LseFamily.PRIMITIVE), 1L).graph()))
                .containsExactly("logsumexp");
        assertThatThrownBy(() -> family.instance(10, Map.of(LseFamily.FORM, "fused"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'form' of model 'gb-lse' must be composed or primitive, was 'fused'");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 2500})
    void theSoftmaxMatchesFiniteDifferencesAndBothGraphs(int n) {
        ModelInstance model = family.instance(n, 5L);
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        assertThat(Arrays.stream(x)).allMatch(v -> v >= 0 && v < 1);
        double[] gradient = new double[n];
        double value = hand.gradient(x, gradient);
        for (Graph graph : List.of(model.graph(), LseFamily.primitiveGraph(n))) {
            ReferenceInterpreter reference = new ReferenceInterpreter(graph);
            Rho.assertClose("hand value", value, reference.apply(x)[0], 1e-14);
            Rho.assertClose("hand gradient", gradient, reference.gradient(x), 1e-14);
        }
        VectorFunction handValue = HandCalls.value(hand);
        for (int j = 0; j < Math.min(n, 5); j++) {
            Rho.assertClose("∂LSE/∂x" + j + " against differences", gradient[j],
                    FiniteDifferenceJacobian.column(handValue, x, j)[0], 1e-9);
        }
    }

    @Test
    void handCallsAllocateNothing() {
        ModelInstance model = family.instance(1000, 2L);
        HandCalls.assertAllocateNothing(model.handDerivative().orElseThrow(), model.point());
    }
}
