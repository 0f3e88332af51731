package org.autodiffbench.harness.gradbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.harness.timing.Workload;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * The eval's side of each module: the input it makes of a campaign's model, evaluated by the
 * module as a tool would, reads back as the model's hand-written value and gradient.
 */
class EvalCallTest {

    private static void roundTrip(String module, ModelSpec model) {
        GradBenchModule m = GradBenchModules.find(module).orElseThrow();
        ModelInstance instance = Workload.instance(model);
        HandDerivative hand = instance.handDerivative().orElseThrow();
        double[] x = instance.point();
        double[] handGradient = new double[x.length];
        double handValue = hand.gradient(x, handGradient);
        assertTrue(Arrays.stream(handGradient).anyMatch(g -> g != 0), module + ": a gradient that can tell answers apart");

        EvalCall value = m.evalCall(model, instance, Operator.VALUE).orElseThrow();
        EvalCall gradient = m.evalCall(model, instance, Operator.GRADIENT).orElseThrow();
        double[] toolValue = value.answer().apply(ModuleRuns.run(m.task(value.function(), value.input()), "reverse"));
        double[] toolGradient = gradient.answer().apply(
                ModuleRuns.run(m.task(gradient.function(), gradient.input()), "reverse"));

        assertEquals(handValue, toolValue[0], 1e-12 * Math.max(1, Math.abs(handValue)), module + " value");
        assertArrayEquals(handGradient, toolGradient, 1e-10, module + " gradient");
        assertTrue(m.evalCall(model, instance, Operator.JACOBIAN).isEmpty(), module + " has no Jacobian function");
    }

    @Test
    void lseInputReadsBackAsTheSoftmax() {
        roundTrip("lse", new ModelSpec("gb-lse", 9, Map.of(), 3));
    }

    @Test
    void odeInputReadsBackAsTheLastElementAndItsAdjoint() {
        // n ≤ 4s, so that the last element of y(2) depends on x
        roundTrip("ode", new ModelSpec("gb-ode", 2, Map.of("n", "4"), 3));
    }

    @Test
    void lstmInputReadsBackAsTheLossAndItsBackpropagation() {
        roundTrip("lstm", new ModelSpec("gb-lstm", 4, Map.of("layers", "2"), 3));
    }

    @Test
    void gmmInputReadsBackAsTheLogPosteriorAndItsIndependentGradient() {
        // d = 3, so that l has entries (D(D−1)/2 = 3 a component)
        roundTrip("gmm", new ModelSpec("gb-gmm", 3, Map.of("d", "3", "n", "7"), 3));
    }

    @Test
    void kmeansInputReadsBackAsTheHandWrittenCostAndHasNoGradientFunction() {
        ModelSpec model = new ModelSpec("gb-kmeans", 3, Map.of("n", "7", "d", "2"), 3);
        GradBenchModule kmeans = GradBenchModules.find("kmeans").orElseThrow();
        ModelInstance instance = Workload.instance(model);
        double[] hand = new double[1];
        instance.handDerivative().orElseThrow().value(instance.point(), hand);

        EvalCall cost = kmeans.evalCall(model, instance, Operator.VALUE).orElseThrow();
        double[] toolCost = cost.answer().apply(ModuleRuns.run(kmeans.task(cost.function(), cost.input()), "reverse"));

        assertEquals("cost", cost.function());
        assertEquals(7, cost.input().get("points").size());
        assertEquals(3, cost.input().get("centroids").size());
        assertEquals(hand[0], toolCost[0], 1e-12 * Math.max(1, Math.abs(hand[0])));
        assertTrue(kmeans.evalCall(model, instance, Operator.GRADIENT).isEmpty(), "dir is not the gradient");
    }

    @Test
    void llsqAndHelloInputsReadBackAsTheirHandDerivatives() {
        roundTrip("llsq", new ModelSpec("gb-llsq", 8, Map.of("m", "3"), 3));
        roundTrip("hello", new ModelSpec("gb-hello", 1, Map.of(), 3));
    }
}
