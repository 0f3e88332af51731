package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.gradbench.GmmData;
import org.autodiffbench.models.gradbench.GmmFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gmm module on inputs in the eval's README format: outputs of the README's types and values. */
class GmmModuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EngineRegistry ENGINES = EngineRegistry.discover();
    private static final GradBenchModule MODULE = GradBenchModules.find("gmm").orElseThrow();

    /** d = 2, k = 2, n = 3 with a prior that is not run.py's default. */
    private static final String INPUT = """
            {"d": 2, "k": 2, "n": 3,
             "x": [[0.5, -1.2], [1.1, 0.3], [-0.7, 0.8]],
             "m": 1, "gamma": 1.5,
             "alpha": [0.2, -0.4],
             "mu": [[0.1, 0.9], [0.6, 0.3]],
             "q": [[0.3, -0.2], [-0.1, 0.4]],
             "l": [[0.5], [-0.8]],
             "min_runs": 1, "min_seconds": 0}
            """;

    private static JsonNode read(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static JsonNode evaluate(String engine, String function, JsonNode input) {
        GradBenchTask task = MODULE.task(function, input);
        PreparedDiff prepared = ENGINES.require(engine).prepare(task.graph(), EngineOptions.none());
        task.run(prepared);
        return task.output();
    }

    /** alpha, mu, q and l of a jacobian output, flattened in the point's order. */
    private static double[] flatten(JsonNode independent) {
        List<Double> values = new ArrayList<>();
        independent.get("alpha").forEach(v -> values.add(v.doubleValue()));
        for (String field : List.of("mu", "q", "l")) {
            independent.get(field).forEach(row -> row.forEach(v -> values.add(v.doubleValue())));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static GmmData data() {
        return new GmmData(2, 2, 3, new double[] {0.5, -1.2, 1.1, 0.3, -0.7, 0.8}, 1, 1.5);
    }

    private static double[] point() {
        return data().point(new double[] {0.2, -0.4}, new double[] {0.1, 0.9, 0.6, 0.3},
                new double[] {0.3, -0.2, -0.1, 0.4}, new double[] {0.5, -0.8});
    }

    @Test
    void isRegisteredWithItsFamilyAndFunctions() {
        assertThat(MODULE.family()).isEqualTo("gb-gmm");
        assertThat(MODULE.functions()).containsExactly("objective", "jacobian");
        assertThat(MODULE).isInstanceOf(GmmModule.class);
    }

    /**
     * The value −15.013707433798281 is what GradBench's naive validator (log_posterior in
     * python/gradbench/gradbench/evals/gmm/run.py, straight from the definition) gives for INPUT.
     */
    @Test
    void objectiveIsAFloatEqualToGradBenchsNaiveLogPosteriorAndTheHandWrittenOne() throws Exception {
        JsonNode output = evaluate("reverse", "objective", read(INPUT));
        assertThat(output.isNumber()).as("objective's output %s is a Float", output).isTrue();
        Rho.assertClose("objective against GradBench's naive validator", output.doubleValue(), -15.013707433798281,
                1e-13);
        double[] y = new double[1];
        GmmFamily.model(data(), point()).handDerivative().orElseThrow().value(point(), y);
        Rho.assertClose("objective", output.doubleValue(), y[0], 1e-13);
    }

    @Test
    void jacobianIsTheIndependentObjectHoldingTheHandWrittenGradient() throws Exception {
        JsonNode output = evaluate("reverse", "jacobian", read(INPUT));
        assertThat(output.isObject()).as("jacobian's output %s is an object", output).isTrue();
        assertThat(output.fieldNames()).toIterable().containsExactly("alpha", "mu", "q", "l");
        assertThat(output.get("alpha")).hasSize(2).allMatch(JsonNode::isNumber);
        for (String field : List.of("mu", "q", "l")) {
            assertThat(output.get(field)).as(field).hasSize(2).allMatch(JsonNode::isArray);
            assertThat(output.get(field).get(1)).as(field + "[1]").hasSize(field.equals("l") ? 1 : 2)
                    .allMatch(JsonNode::isNumber);
        }
        double[] expected = new double[point().length];
        GmmFamily.model(data(), point()).handDerivative().orElseThrow().gradient(point(), expected);
        Rho.assertClose("jacobian", flatten(output), expected, 1e-12);
    }

    /** Every built-in engine answers jacobian with the hand-written gradient. */
    @ParameterizedTest
    @ValueSource(strings = {"forward", "reverse", "checkpointed"})
    void everyEngineGivesTheHandWrittenGradient(String engine) throws Exception {
        double[] expected = new double[point().length];
        GmmFamily.model(data(), point()).handDerivative().orElseThrow().gradient(point(), expected);
        Rho.assertClose(engine + " jacobian", flatten(evaluate(engine, "jacobian", read(INPUT))), expected, 1e-12);
    }

    /**
     * d = k = n = 1, where softmax(α) = 1 and ln Γ(n_W/2) = ln Γ(2) = 0 with n_W = D + m + 1 = 4:
     * F = (1 + m)·q − ½e^{2q}((x − μ)² + γ²) − ½ ln 2π + 4 ln(γ/√2), ∂F/∂α = 0,
     * ∂F/∂μ = e^{2q}(x − μ), ∂F/∂q = 1 + m − e^{2q}((x − μ)² + γ²), and l is empty.
     */
    @Test
    void oneComponentInOneDimensionByHand() throws Exception {
        JsonNode input = read("""
                {"d": 1, "k": 1, "n": 1, "x": [[0.4]], "m": 2, "gamma": 0.5,
                 "alpha": [0.7], "mu": [[0.1]], "q": [[0.3]], "l": [[]], "min_runs": 1, "min_seconds": 0}
                """);
        double e2q = Math.exp(0.6);
        double spread = 0.3 * 0.3 + 0.25;
        double objective = 3 * 0.3 - 0.5 * e2q * spread - 0.5 * Math.log(2 * Math.PI) + 4 * Math.log(0.5 / Math.sqrt(2));
        Rho.assertClose("objective", evaluate("reverse", "objective", input).doubleValue(), objective, 1e-14);
        JsonNode jacobian = evaluate("reverse", "jacobian", input);
        Rho.assertClose("jacobian", flatten(jacobian), new double[] {0.0, e2q * 0.3, 3 - e2q * spread}, 1e-14);
        assertThat(jacobian.get("l")).hasSize(1);
        assertThat(jacobian.get("l").get(0).isArray() && jacobian.get("l").get(0).isEmpty()).isTrue();
    }

    @Test
    void tasksShareAGraphOnlyWhenFunctionDimensionsAndDataAgree() throws Exception {
        ObjectNode input = (ObjectNode) read(INPUT);
        String key = MODULE.task("jacobian", input).key();
        ObjectNode otherPoint = input.deepCopy();
        otherPoint.putArray("alpha").add(1.0).add(2.0);
        assertThat(MODULE.task("jacobian", otherPoint).key()).isEqualTo(key);
        assertThat(MODULE.task("objective", input).key()).isNotEqualTo(key);
        ObjectNode otherData = input.deepCopy();
        ((ArrayNode) otherData.get("x").get(2)).set(1, 0.81);
        assertThat(MODULE.task("jacobian", otherData).key()).isNotEqualTo(key);
        assertThat(MODULE.task("jacobian", input).operators()).containsExactly(Operator.GRADIENT);
        assertThat(MODULE.task("objective", input).operators()).containsExactly(Operator.VALUE);
    }

    @Test
    void aBadInputNamesItsField() throws Exception {
        ObjectNode input = (ObjectNode) read(INPUT);
        ObjectNode noGamma = input.deepCopy();
        noGamma.remove("gamma");
        assertThatThrownBy(() -> MODULE.task("objective", noGamma)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gmm input has no field 'gamma'");
        ObjectNode shortRow = input.deepCopy();
        ((ArrayNode) shortRow.get("x").get(2)).remove(1);
        assertThatThrownBy(() -> MODULE.task("objective", shortRow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gmm field 'x[2]' must be an array of 2 numbers, was an array of 1");
        ObjectNode fractionalK = input.deepCopy();
        fractionalK.put("k", 2.5);
        assertThatThrownBy(() -> MODULE.task("objective", fractionalK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gmm field 'k' must be an integer, was 2.5");
        assertThatThrownBy(() -> MODULE.task("hessian", input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gmm has no function 'hessian'; it has objective and jacobian");
    }

    @Test
    void dimensionsTooLargeForOneGraphAreRefusedBeforeTheArraysAreRead() throws Exception {
        JsonNode adbench10k = read("""
                {"d": 128, "k": 200, "n": 10000, "min_runs": 1, "min_seconds": 0}
                """);
        assertThatThrownBy(() -> MODULE.task("jacobian", adbench10k)).isInstanceOf(GradBenchRefusal.class)
                .hasMessage("gmm with n = 10000, k = 200, d = 128 has N·K·D = 256000000 residuals, above the 67108864 "
                        + "one graph may hold; lower n, k or d");
    }
}
