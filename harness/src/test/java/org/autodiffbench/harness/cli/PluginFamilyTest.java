package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.autodiffbench.harness.testengines.ThrowingInstanceTestFamily;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family plugin jar with a family that throws in {@code instance()} and a provider class that
 * is missing: {@code models} lists the plugin family with its jar after the built-in ones and the
 * missing one as a failure (exit 1); {@code gradient --model} of the throwing family prints one
 * line and exits 2; of the missing one, says why it failed to load.
 */
class PluginFamilyTest {

    private static final String MISSING = "org.example.MissingFamily";

    @TempDir
    Path folder;

    private Path jar;

    @BeforeEach
    void writePlugin() {
        jar = TestPluginJars.writeFamilies(folder, "families.jar",
                ThrowingInstanceTestFamily.class.getName() + "\n" + MISSING + "\n");
    }

    @AfterEach
    void forgetPlugins() {
        System.clearProperty(PluginPath.PROPERTY);
    }

    @Test
    void modelsListsThePluginFamilyWithItsJarAndTheFailedProviderAndExitsWithOne() {
        CliRun run = CliRun.of("models", "--plugin-path", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.matches("mlp-width .*\\bbuilt-in\\b.*"))
                .anyMatch(l -> l.matches(ThrowingInstanceTestFamily.ID + "\\s+1\\s+8\\s+number of inputs n\\s+-\\s+plugin "
                        + Pattern.quote(jar.toString()) + "\\s+a family whose data set is missing"))
                .anyMatch(l -> l.startsWith("  " + MISSING + " in " + jar + ": ") && l.contains("not found"));
    }

    @Test
    void modelsJsonMarksTheSourceOfEachFamilyAndListsTheFailure() {
        JsonNode json = CliRun.of("models", "--plugin-path", folder.toString(), "--format", "json").json();

        JsonNode models = json.get("models");
        assertThat(models).hasSize(ModelFamilies.all().size() + 1);
        assertThat(models.get(0).get("from").asText()).isEqualTo("built-in");
        JsonNode plugin = models.get(models.size() - 1);
        assertThat(plugin.get("id").asText()).isEqualTo(ThrowingInstanceTestFamily.ID);
        assertThat(plugin.get("from").asText()).isEqualTo("plugin " + jar);
        assertThat(json.get("failures")).singleElement()
                .satisfies(f -> assertThat(f.get("provider").asText()).isEqualTo(MISSING + " in " + jar));
    }

    @Test
    void gradientOfAFamilyThatThrowsInInstancePrintsOneLineAndExitsWithTwo() {
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--model", ThrowingInstanceTestFamily.ID,
                "--size", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: model family '" + ThrowingInstanceTestFamily.ID
                + "' failed to build size 3: " + ThrowingInstanceTestFamily.FAILURE
                + "; the family is at fault, not the command: fix it or leave it out");
    }

    @Test
    void gradientOfAFamilyThatFailedToLoadSaysWhy() {
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--model", MISSING, "--size", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: model family '" + MISSING + "' failed to load: " + MISSING + " in " + jar + ": ")
                .contains("not found");
    }
}
