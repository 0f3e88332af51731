package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnginesCommandTest {

    @Test
    void tableListsForwardAndReverse() {
        CliRun run = CliRun.of("engines");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("id").contains("capabilities").contains("description");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("forward ") && l.contains("gradient")
                && l.contains("lanes=1"));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("reverse ") && l.contains("vjp"));
        assertThat(run.outLines()).contains("failed providers: none");
    }

    @Test
    void jsonListsCapabilitiesAndOptions() {
        CliRun run = CliRun.of("engines", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        List<String> ids = new ArrayList<>();
        for (JsonNode engine : json.get("engines")) {
            ids.add(engine.get("id").asText());
            List<String> capabilities = new ArrayList<>();
            engine.get("capabilities").forEach(c -> capabilities.add(c.asText()));
            assertThat(capabilities).contains("value", "gradient", "jacobian");
            assertThat(engine.get("apiVersion").asInt()).isEqualTo(1);
            assertThat(engine.get("description").asText()).isNotBlank();
        }
        assertThat(ids).contains("forward", "reverse");
        JsonNode forward = json.get("engines").get(ids.indexOf("forward"));
        assertThat(forward.get("options").get(0).get("name").asText()).isEqualTo("lanes");
        assertThat(forward.get("options").get(0).get("default").asText()).isEqualTo("1");
        assertThat(json.get("failures")).isEmpty();
    }
}
