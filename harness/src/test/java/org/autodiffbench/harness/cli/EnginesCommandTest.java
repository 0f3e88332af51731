package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.registry.EngineRegistry;
import org.junit.jupiter.api.Test;

class EnginesCommandTest {

    /**
     * The checkpointed engine's options, in the order it declares them: the schedule, then its
     * budget (snapshots for binomial, segments for uniform).
     */
    private static final List<String> CHECKPOINTED_OPTIONS = List.of("schedule", "snapshots", "segments");

    @Test
    void tableListsEveryEngine() {
        CliRun run = CliRun.of("engines");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("id").contains("capabilities").contains("options")
                .contains("description");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("forward ") && l.contains("gradient")
                && l.contains(" lanes "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("reverse ") && l.contains("vjp"));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("checkpointed ") && l.contains("vjp")
                && l.contains("schedule, snapshots, segments"));
        for (String id : EngineRegistry.discover().ids()) {
            assertThat(run.outLines()).as(id).anyMatch(l -> l.startsWith(id + " "));
        }
        assertThat(run.outLines()).contains("failed providers: none");
    }

    @Test
    void textListsEachOptionWithItsDefaultAndMeaning() {
        CliRun run = CliRun.of("engines");
        List<String> lines = run.outLines();
        int header = lines.indexOf("engine options (gradient --engine ID --option NAME=VALUE):");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 1)).startsWith("engine").contains("option").contains("default")
                .contains("description");
        List<String> rows = lines.subList(header + 2, lines.size());
        assertThat(rows).anyMatch(l -> l.matches("forward\\s+lanes\\s+1\\s+\\S.*"));
        assertThat(rows).anyMatch(l -> l.matches("checkpointed\\s+schedule\\s+binomial\\s+.*uniform.*"));
        assertThat(rows).anyMatch(l -> l.matches("checkpointed\\s+snapshots\\s+round\\(sqrt\\(stages\\)\\)\\s+\\S.*"));
        assertThat(rows).anyMatch(l -> l.matches("checkpointed\\s+segments\\s+round\\(sqrt\\(stages\\)\\)\\s+\\S.*"));
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
            assertThat(engine.get("apiVersion").asInt()).isEqualTo(2);
            assertThat(engine.get("description").asText()).isNotBlank();
        }
        assertThat(ids).isEqualTo(EngineRegistry.discover().ids()).contains("forward", "reverse", "checkpointed");
        JsonNode forward = json.get("engines").get(ids.indexOf("forward"));
        assertThat(forward.get("options").get(0).get("name").asText()).isEqualTo("lanes");
        assertThat(forward.get("options").get(0).get("default").asText()).isEqualTo("1");
        assertThat(json.get("engines").get(ids.indexOf("reverse")).get("options")).isEmpty();
        assertThat(json.get("failures")).isEmpty();
    }

    @Test
    void jsonListsTheCheckpointedEnginesThreeOptions() {
        JsonNode json = CliRun.of("engines", "--format", "json").json();
        JsonNode checkpointed = null;
        for (JsonNode engine : json.get("engines")) {
            if (engine.get("id").asText().equals("checkpointed")) {
                checkpointed = engine;
            }
        }
        assertThat(checkpointed).isNotNull();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (JsonNode option : checkpointed.get("options")) {
            defaults.put(option.get("name").asText(), option.get("default").asText());
            assertThat(option.get("description").asText()).isNotBlank();
        }
        assertThat(defaults.keySet()).containsExactlyElementsOf(CHECKPOINTED_OPTIONS);
        assertThat(defaults).containsEntry("schedule", "binomial");
    }
}
