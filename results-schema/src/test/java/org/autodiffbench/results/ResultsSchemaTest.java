package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The JSON Schema of results.json describes what this module writes, and refuses what it must not hold. */
class ResultsSchemaTest {

    /** The sample as a file holds it (NaN as a string), not as an in-memory tree. */
    private static ObjectNode sample() {
        try {
            return (ObjectNode) ResultsJson.mapper().readTree(ResultsJson.mapper().writeValueAsString(
                    SampleResults.sample()));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyKindOfCellTheModuleWritesIsValid() {
        assertThat(SchemaCheck.violations(sample())).isEmpty();
    }

    @Test
    void aCellWithoutItsSpecIsInvalid() {
        ObjectNode results = sample();
        ((ObjectNode) results.get("cells").get(0)).remove("spec");

        assertThat(SchemaCheck.violations(results)).anyMatch(v -> v.contains("spec"));
    }

    @Test
    void anOkCellWithoutATimingIsInvalid() {
        ObjectNode results = sample();
        ((ObjectNode) results.get("cells").get(0)).putNull("timing");

        assertThat(SchemaCheck.violations(results)).isNotEmpty();
    }

    @Test
    void anUndeclaredModeOrOperatorIsInvalid() {
        ObjectNode mode = sample();
        ((ObjectNode) mode.at("/cells/0/engine")).put("mode", "sideways");
        ObjectNode operator = sample();
        ((ObjectNode) operator.at("/cells/0/spec")).put("operator", "GRADIENT");

        assertThat(SchemaCheck.violations(mode)).anyMatch(v -> v.contains("mode"));
        assertThat(SchemaCheck.violations(operator)).anyMatch(v -> v.contains("operator"));
    }

    @Test
    void aSchemaOneFileIsNotOfThisSchema() {
        ObjectNode results = sample();
        results.put("schemaVersion", 1);

        assertThat(SchemaCheck.violations(results)).anyMatch(v -> v.contains("schemaVersion"));
    }

    @Test
    void aSizeMeaningIsOptionalButMustBeText() {
        ObjectNode results = sample();
        ObjectNode problem = (ObjectNode) results.at("/cells/0/problem");
        assertThat(problem.get("sizeMeaning").asText()).isEqualTo("hidden width w");
        problem.remove("sizeMeaning");
        assertThat(SchemaCheck.violations(results)).isEmpty();

        problem.put("sizeMeaning", 64);
        assertThat(SchemaCheck.violations(results)).anyMatch(v -> v.contains("sizeMeaning"));
    }
}
