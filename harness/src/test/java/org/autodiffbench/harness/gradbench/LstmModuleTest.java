package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.gradbench.LstmFamily;
import org.autodiffbench.models.gradbench.LstmInput;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The lstm eval's evaluate messages, in the README's input type, through the module and a reverse engine. */
class LstmModuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DiffEngine REVERSE = EngineRegistry.discover().require("reverse");
    private final LstmModule module = new LstmModule();

    /**
     * One layer, one bit, two characters, all gate parameters zero, w_in = w_out = 1, b_out = 0 and
     * a zero state: every gate is 1/2, g = 0, so s' = h' = y = 0, p = e⁰/(e⁰ + 2) = 1/3 and the
     * loss is ln 3. Backwards: ȳ = −(1 − 1/3) = −2/3 = ∂L/∂b_out; h̄' = ȳ·w_out; s̄' = h̄'·o = −1/3;
     * ḡ = s̄'·i = −1/6 = ∂L/∂b_c (1 − g² = 1). Every other entry is zero: the old state is zero, so
     * the forget gate and w_i, w_c see nothing; tanh s' = 0 stops the output gate; and with f̄, ō
     * zero, nothing reaches w_in. w̄_out = ȳ·h' = 0.
     */
    private static final String ZERO_NETWORK = """
            {"id": 2, "kind": "evaluate", "module": "lstm", "function": "%s",
             "input": {"main_params": [[0, 0, 0, 0], [0, 0, 0, 0]], "extra_params": [[1], [1], [0]],
                       "state": [[0], [0]], "sequence": [[1], [1]], "min_runs": 1, "min_seconds": 0}}
            """;

    private JsonNode run(JsonNode message) {
        GradBenchTask task = module.task(message.get("function").asText(), message.get("input"));
        PreparedDiff prepared = REVERSE.prepare(task.graph(), EngineOptions.none());
        task.run(prepared);
        return task.output();
    }

    @Test
    void theZeroNetworksObjectiveIsLogThreeAsANumber() throws Exception {
        JsonNode output = run(JSON.readTree(ZERO_NETWORK.formatted("objective")));
        assertThat(output.isNumber()).as("LSTMObjectiveOutput is a double: %s", output).isTrue();
        Rho.assertClose("objective", output.doubleValue(), Math.log(3), 1e-15);
    }

    @Test
    void theZeroNetworksJacobianIsTheHandCalculatedArray() throws Exception {
        JsonNode output = run(JSON.readTree(ZERO_NETWORK.formatted("jacobian")));
        assertThat(output.isArray()).as("LSTMJacobianOutput is a double[]: %s", output).isTrue();
        double[] expected = {0, 0, 0, 0, 0, 0, 0, -1.0 / 6, 0, 0, -2.0 / 3};
        Rho.assertClose("jacobian", numbers(output), expected, 1e-15);
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            assertThat(array.get(i).isNumber()).as("entry %d of %s", i, array).isTrue();
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    /** A message's input in the README's type: each matrix a list of rows. */
    private static ObjectNode message(String function, LstmInput input) {
        ObjectNode fields = JSON.createObjectNode();
        fields.set("main_params", rows(input.mainParams(), 2 * input.layers()));
        fields.set("extra_params", rows(input.extraParams(), 3));
        fields.set("state", rows(input.state(), 2 * input.layers()));
        fields.set("sequence", rows(input.sequence(), input.characters()));
        fields.put("min_runs", 1).put("min_seconds", 0);
        ObjectNode message = JSON.createObjectNode().put("id", 7).put("kind", "evaluate").put("module", "lstm")
                .put("function", function);
        message.set("input", fields);
        return message;
    }

    private static JsonNode rows(double[] flat, int count) {
        int columns = flat.length / count;
        var array = JSON.createArrayNode();
        for (int r = 0; r < count; r++) {
            var row = array.addArray();
            for (int k = 0; k < columns; k++) {
                row.add(flat[r * columns + k]);
            }
        }
        return array;
    }

    @Test
    void aGeneratedInputsOutputsAreTheHandObjectiveAndGradientInTheReadmesOrder() {
        LstmInput input = LstmFamily.input(2, 5, 3L);
        HandDerivative hand = LstmFamily.model(input).handDerivative().orElseThrow();
        double[] expected = new double[8 * 2 * 7 + 3 * 7];
        double loss = hand.gradient(input.point(), expected);

        JsonNode objective = run(message("objective", input));
        assertThat(objective.isNumber()).isTrue();
        Rho.assertClose("objective", objective.doubleValue(), loss, 1e-13);
        JsonNode jacobian = run(message("jacobian", input));
        assertThat(jacobian.isArray()).isTrue();
        Rho.assertClose("jacobian", numbers(jacobian), expected, 1e-12);
    }

    @Test
    void tasksShareAKeyExactlyWhenFunctionShapesStateAndSequenceAgree() {
        LstmInput input = LstmFamily.input(2, 5, 3L);
        double[] otherMain = LstmFamily.input(2, 5, 4L).mainParams();
        LstmInput otherParameters = new LstmInput(2, 7, 5, otherMain, input.extraParams(), input.state(),
                input.sequence());
        double[] state = input.state();
        state[0] += 0.5;
        LstmInput otherState = new LstmInput(2, 7, 5, input.mainParams(), input.extraParams(), state, input.sequence());
        String key = key("jacobian", input);
        assertThat(key("jacobian", otherParameters)).isEqualTo(key);
        assertThat(key("jacobian", otherState)).isNotEqualTo(key);
        assertThat(key("objective", input)).isNotEqualTo(key);
        assertThat(key("jacobian", LstmFamily.input(2, 6, 3L))).isNotEqualTo(key);
        assertThat(module.task("jacobian", message("jacobian", input).get("input")).operators())
                .containsExactly(Operator.GRADIENT);
        assertThat(module.task("objective", message("objective", input).get("input")).operators())
                .containsExactly(Operator.VALUE);
    }

    private String key(String function, LstmInput input) {
        return module.task(function, message(function, input).get("input")).key();
    }

    @Test
    void aMalformedInputNamesItsField() throws Exception {
        ObjectNode input = (ObjectNode) JSON.readTree(ZERO_NETWORK.formatted("objective")).get("input");
        ObjectNode wrongState = input.deepCopy();
        wrongState.set("state", JSON.readTree("[[0], [0], [0]]"));
        assertThatThrownBy(() -> module.task("objective", wrongState))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lstm input field 'state' is 3 × 1; main_params makes it 2 × 1");
        ObjectNode noSequence = input.deepCopy();
        noSequence.remove("sequence");
        assertThatThrownBy(() -> module.task("objective", noSequence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lstm input field 'sequence' is missing");
        ObjectNode text = input.deepCopy();
        text.set("extra_params", JSON.readTree("[[1], [\"one\"], [0]]"));
        assertThatThrownBy(() -> module.task("objective", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lstm input field 'extra_params' row 1 entry 0 is \"one\"; it must be a number");
        assertThatThrownBy(() -> module.task("hessian", input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lstm has no function 'hessian'; its functions are objective, jacobian");
    }

    @Test
    void isTheRegisteredLstmModule() {
        assertThat(GradBenchModules.find("lstm")).containsInstanceOf(LstmModule.class);
        assertThat(module.family()).isEqualTo(LstmFamily.ID);
    }
}
