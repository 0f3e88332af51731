package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.gradbench.BaFamily;
import org.autodiffbench.models.gradbench.BaInput;
import org.autodiffbench.models.gradbench.BaProblem;
import org.autodiffbench.models.gradbench.BaSparseJacobian;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/**
 * The {@code ba} module from BAInput messages as the eval sends them (a tiny problem: 2 cameras,
 * 3 points, 4 observations) to outputs of the types the eval validates, with values checked
 * against the hand-written block and the three engines against each other.
 */
class BaModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EngineRegistry ENGINES = EngineRegistry.discover();
    private static final String TINY = """
            {"n": 2, "m": 3, "p": 4,
             "cam": [-0.76, -1.11, -0.85, 3.46, 3.97, 5.39, 419.19, 5.86, -8.52, 0.088, 0.0027],
             "x": [7.2, 0.0011, 3.02], "w": 0.417, "feat": [271.76, 834.21],
             "min_runs": 1, "min_seconds": 0}""";

    private final BaModule module = new BaModule();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private JsonNode evaluate(String engine, String function, JsonNode input) {
        GradBenchTask task = module.task(function, input);
        PreparedDiff prepared = ENGINES.require(engine).prepare(task.graph(), EngineOptions.none());
        task.run(prepared);
        return task.output();
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    @Test
    void objectiveIsTheReferenceToolsShapeWithTheHandWrittenBlocksValues() throws Exception {
        JsonNode output = evaluate("reverse", "objective", json(TINY));
        BaInput input = BaModule.parse(json(TINY));
        double[] block = new double[3];
        BaFamily.handDerivative(input.feat()).value(input.block(), block);

        assertThat(output.properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder("reproj_error", "w_err");
        JsonNode reprojection = output.get("reproj_error");
        assertThat(reprojection.get("elements").isArray()).isTrue();
        assertThat(reprojection.get("elements")).allMatch(JsonNode::isDouble);
        assertThat(reprojection.get("repeated").isInt()).isTrue();
        assertThat(reprojection.get("repeated").intValue()).isEqualTo(4);
        Rho.assertClose("reproj_error elements", doubles(reprojection.get("elements")), new double[] {block[0], block[1]}, 1e-13);
        JsonNode weight = output.get("w_err");
        assertThat(weight.get("element").isDouble()).isTrue();
        assertThat(weight.get("repeated").intValue()).isEqualTo(4);
        // 1 − 0.417² = 0.826111
        Rho.assertClose("w_err element", weight.get("element").doubleValue(), 0.826111, 1e-15);
    }

    @Test
    void jacobianIsTheShortenedCompressedRowsOfTheHandAssembledMatrix() throws Exception {
        JsonNode output = evaluate("reverse", "jacobian", json(TINY));
        BaInput input = BaModule.parse(json(TINY));
        BaSparseJacobian hand = new BaSparseJacobian(new BaProblem(input));
        HandDerivative block = BaFamily.handDerivative(input.feat());
        hand.assemble(block::jacobian);

        assertThat(output.properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder("rows", "cols", "vals");
        // 3p + 1 = 13 row offsets, all of them, then the last again; 31p = 124 entries, the first 30 and the last.
        assertThat(output.get("rows")).allMatch(JsonNode::isInt);
        assertThat(output.get("rows")).extracting(JsonNode::intValue)
                .containsExactly(0, 15, 30, 45, 60, 75, 90, 105, 120, 121, 122, 123, 124, 124);
        assertThat(output.get("cols")).hasSize(31).allMatch(JsonNode::isInt);
        List<Integer> expectedCols = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            expectedCols.add(hand.cols()[k]);
        }
        expectedCols.add(34);
        assertThat(output.get("cols")).extracting(JsonNode::intValue).containsExactlyElementsOf(expectedCols);
        double[] expectedVals = new double[31];
        System.arraycopy(hand.vals(), 0, expectedVals, 0, 30);
        expectedVals[30] = -2 * 0.417;
        assertThat(output.get("vals")).hasSize(31).allMatch(JsonNode::isDouble);
        Rho.assertClose("vals against the hand-written Jacobian", doubles(output.get("vals")), expectedVals, 1e-12);
    }

    @Test
    void fromTenObservationsEveryListHasTheReadmes31Entries() throws Exception {
        ObjectNode input = (ObjectNode) json(TINY);
        input.put("p", 10);
        JsonNode output = evaluate("reverse", "jacobian", input);
        assertThat(output.get("rows")).hasSize(31);
        assertThat(output.get("rows").get(30).intValue()).isEqualTo(31 * 10);
        assertThat(output.get("cols")).hasSize(31);
        assertThat(output.get("vals")).hasSize(31);
    }

    @Test
    void forwardReverseAndCheckpointedGiveTheSameOutputs() throws Exception {
        JsonNode input = json(TINY);
        for (String function : module.functions()) {
            JsonNode reverse = evaluate("reverse", function, input);
            for (String engine : List.of("forward", "checkpointed")) {
                JsonNode other = evaluate(engine, function, input);
                assertThat(other.toString().replaceAll("[-0-9.Ee]+", "#"))
                        .isEqualTo(reverse.toString().replaceAll("[-0-9.Ee]+", "#"));
                Rho.assertClose(engine + " " + function, numbersOf(other), numbersOf(reverse), 1e-12);
            }
        }
    }

    @Test
    void atZeroRotationEveryEngineGivesTheHandWrittenJacobian() throws Exception {
        ObjectNode input = (ObjectNode) json(TINY);
        ((ArrayNode) input.get("cam")).set(0, 0.0).set(1, 0.0).set(2, 0.0);
        BaInput parsed = BaModule.parse(input);
        BaSparseJacobian hand = new BaSparseJacobian(new BaProblem(parsed));
        HandDerivative block = BaFamily.handDerivative(parsed.feat());
        hand.assemble(block::jacobian);
        double[] expected = new double[31];
        System.arraycopy(hand.vals(), 0, expected, 0, 30);
        expected[30] = hand.vals()[hand.vals().length - 1];
        for (String engine : List.of("forward", "reverse", "checkpointed")) {
            Rho.assertClose(engine + " at r = 0", doubles(evaluate(engine, "jacobian", input).get("vals")), expected, 1e-12);
        }
    }

    private static double[] numbersOf(JsonNode node) {
        List<Double> numbers = new ArrayList<>();
        collect(node, numbers);
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> numbers) {
        if (node.isNumber()) {
            numbers.add(node.doubleValue());
        }
        node.forEach(child -> collect(child, numbers));
    }

    @Test
    void tasksShareAGraphExactlyWhenTheyObserveTheSameFeature() throws Exception {
        ObjectNode other = (ObjectNode) json(TINY);
        other.put("n", 5).put("p", 40).put("w", 0.9);
        assertThat(module.task("jacobian", other).key()).isEqualTo(module.task("jacobian", json(TINY)).key());
        assertThat(module.task("objective", json(TINY)).key()).isNotEqualTo(module.task("jacobian", json(TINY)).key());
        other.putArray("feat").add(271.76).add(834.0);
        assertThat(module.task("jacobian", other).key()).isNotEqualTo(module.task("jacobian", json(TINY)).key());
        assertThat(module.task("objective", json(TINY)).operators()).containsExactly(Operator.VALUE);
        assertThat(module.task("jacobian", json(TINY)).operators()).containsExactly(Operator.JACOBIAN);
    }

    @Test
    void aBadInputNamesItsField() throws Exception {
        ObjectNode missing = (ObjectNode) json(TINY);
        missing.remove("cam");
        assertThatThrownBy(() -> module.task("objective", missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ba's input field 'cam' must be an array of numbers, was null");
        ObjectNode fractional = (ObjectNode) json(TINY);
        fractional.put("p", 2.5);
        assertThatThrownBy(() -> module.task("objective", fractional)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ba's input field 'p' must be an int, was 2.5");
        ObjectNode shortPoint = (ObjectNode) json(TINY);
        shortPoint.putArray("x").add(1).add(2);
        assertThatThrownBy(() -> module.task("jacobian", shortPoint)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'x' must hold 3 numbers, held 2");
        assertThatThrownBy(() -> module.task("gradient", json(TINY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("module ba has no function 'gradient'; it has objective, jacobian");
    }

    @Test
    void theModuleIsRegistered() {
        assertThat(GradBenchModules.find("ba")).containsInstanceOf(BaModule.class);
        assertThat(module.family()).isEqualTo("gb-ba");
    }
}
