package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;

/**
 * {@code models} lists every family of the catalogue in order, with the size range and options
 * each declares (the Model families table of README.md).
 */
class ModelsCommandTest {

    private static JsonNode family(JsonNode json, String id) {
        for (JsonNode model : json.get("models")) {
            if (model.get("id").asText().equals(id)) {
                return model;
            }
        }
        throw new AssertionError("no model " + id + " in " + json);
    }

    @Test
    void jsonListsEveryFamilyInCatalogOrder() {
        CliRun run = CliRun.of("models", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        List<String> ids = new ArrayList<>();
        for (JsonNode model : json.get("models")) {
            ids.add(model.get("id").asText());
            assertThat(model.get("description").asText()).isNotBlank();
            assertThat(model.get("sizes").get("meaning").asText()).isNotBlank();
            assertThat(model.get("sizes").get("min").asInt()).isPositive()
                    .isLessThanOrEqualTo(model.get("sizes").get("max").asInt());
        }
        assertThat(ids).isEqualTo(ModelFamilies.ids())
                .contains("scalar-example", "scalar-dag", "mlp-width", "jacobian", "mlp-depth", "ode-chain");
    }

    @Test
    void theStagedFamiliesHaveTheirSizeRangesAndWidthOption() {
        JsonNode json = CliRun.of("models", "--format", "json").json();
        JsonNode mlpDepth = family(json, "mlp-depth");
        assertThat(mlpDepth.get("sizes").get("min").asInt()).isEqualTo(2);
        assertThat(mlpDepth.get("sizes").get("max").asInt()).isEqualTo(1024);
        assertThat(mlpDepth.get("options")).hasSize(1);
        assertThat(mlpDepth.get("options").get(0).get("name").asText()).isEqualTo("width");
        assertThat(mlpDepth.get("options").get(0).get("default").asText()).isEqualTo("64");
        JsonNode odeChain = family(json, "ode-chain");
        assertThat(odeChain.get("sizes").get("min").asInt()).isEqualTo(10);
        assertThat(odeChain.get("sizes").get("max").asInt()).isEqualTo(100_000);
        assertThat(odeChain.get("options")).isEmpty();
        JsonNode mlpWidth = family(json, "mlp-width");
        assertThat(mlpWidth.get("sizes").get("meaning").asText()).isEqualTo("hidden width w");
    }

    @Test
    void textIsATableAndTheOptions() {
        CliRun run = CliRun.of("models");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).startsWith("id").contains("min size").contains("max size").contains("options")
                .contains("description");
        for (String id : ModelFamilies.ids()) {
            assertThat(lines).as(id).anyMatch(l -> l.startsWith(id + " "));
        }
        assertThat(lines).anyMatch(l -> l.matches("mlp-depth\\s+2\\s+1024\\s+hidden layers L\\s+width\\s+.*stage.*"));
        assertThat(lines).anyMatch(l -> l.matches("ode-chain\\s+10\\s+100000\\s+time steps T\\s+-\\s+.*"));
        int header = lines.indexOf("model options (gradient --model ID --size N --model-option NAME=VALUE):");
        assertThat(header).isPositive();
        List<String> rows = lines.subList(header + 2, lines.size());
        assertThat(rows).anyMatch(l -> l.matches("mlp-depth\\s+width\\s+64\\s+\\S.*"));
        assertThat(rows).anyMatch(l -> l.matches("jacobian\\s+outputs\\s+32\\s+\\S.*"));
    }
}
