package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.results.CellSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign's engines may name an external GradBench tool; its entry is checked with the others. */
class GradBenchToolEntryTest {

    private static final String MODELS = "\"models\": [{\"family\": \"gb-hello\", \"sizes\": [1]},"
            + " {\"family\": \"gb-llsq\", \"sizes\": [4, 8]}, {\"family\": \"mlp-width\", \"sizes\": [4]}]";

    @TempDir
    Path folder;

    private static String campaign(String... engines) {
        return "{\"name\": \"t\", \"operators\": [\"gradient\"], \"engines\": [" + String.join(", ", engines) + "], "
                + MODELS + "}";
    }

    @Test
    void aToolEntryPlansCellsOnlyForFamiliesAGradBenchModuleEvaluates() {
        CampaignPlan plan = CampaignFiles.read(folder, campaign("{\"id\": \"reverse\"}",
                "{\"gradbench\": {\"id\": \"own-tool\", \"command\": [\"java\", \"-jar\", \"a.jar\", \"gradbench\"],"
                        + " \"workingDirectory\": \".\"}}"));

        List<String> toolCells = plan.cells().stream().filter(c -> c.engine().equals("own-tool")).map(CellSpec::id)
                .toList();
        assertThat(toolCells).containsExactly("own-tool|gb-hello|1|gradient", "own-tool|gb-llsq|4|gradient",
                "own-tool|gb-llsq|8|gradient");
        assertThat(plan.cells()).hasSize(3 + 4);
        assertThat(plan.tools()).containsOnlyKeys("own-tool");
        assertThat(plan.tools().get("own-tool").command()).containsExactly("java", "-jar", "a.jar", "gradbench");
        assertThat(plan.tools().get("own-tool").workingDirectory()).isEqualTo(Path.of("."));
    }

    @Test
    void everyProblemOfAToolEntryIsReportedAtOnce() {
        List<String> problems = CampaignFiles.problems(folder, campaign("{\"id\": \"reverse\"}",
                "{\"gradbench\": {\"id\": \"reverse\", \"command\": []}}",
                "{\"gradbench\": {\"id\": \"a|b\", \"workingDirectory\": \"no/such/folder\", \"engine\": \"x\"}}"));

        assertThat(problems).containsExactly(
                "engine 2 (reverse), gradbench: the id 'reverse' is an engine's; give the tool an id of its own",
                "engine 2 (reverse), gradbench: command is an empty list; give a non-empty list, e.g. "
                        + "[\"java\", \"-jar\", \"autodiffbench.jar\", \"gradbench\"]",
                "engine 3 (a|b), gradbench: unknown field 'engine'; the fields here are id, command, workingDirectory",
                "engine 3 (a|b), gradbench: GradBench tool id \"a|b\" from the campaign file is not allowed:"
                        + " use letters, digits, '.', '_' or '-'",
                "engine 3 (a|b), gradbench: missing field 'command'; give the program and its arguments, e.g. "
                        + "[\"java\", \"-jar\", \"autodiffbench.jar\", \"gradbench\"]",
                "engine 3 (a|b), gradbench: workingDirectory no/such/folder is not a directory;"
                        + " give an existing one or leave it out");
    }

    @Test
    void twoToolsMayNotShareAnId() {
        String tool = "{\"gradbench\": {\"id\": \"t1\", \"command\": [\"x\"]}, \"families\": [\"gb-hello\"]}";
        String other = "{\"gradbench\": {\"id\": \"t1\", \"command\": [\"y\"]}, \"families\": [\"gb-llsq\"]}";
        assertThat(CampaignFiles.problems(folder, campaign("{\"id\": \"reverse\"}", tool, other)))
                .containsExactly("engine 3 (t1): another GradBench tool has the id 't1'; give each tool an id of its own");
    }
}
