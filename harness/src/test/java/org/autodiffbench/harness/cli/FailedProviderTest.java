package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.testengines.ExitingConstructorTestEngine;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin folder holding a provider whose constructor calls System.exit(5), beside a plugin
 * that loads: the commands go on without the broken provider, list it as a failure, and a
 * command that names it says why it is missing instead of "unknown engine".
 */
class FailedProviderTest {

    private static final String EXITING = ExitingConstructorTestEngine.class.getName();
    private static final String EXIT_REASON = "called System.exit(" + ExitingConstructorTestEngine.STATUS
            + ") while loading; remove it from the plugin folder or fix it";

    @TempDir
    Path folder;

    private Path jar;

    @BeforeEach
    void writePlugins() {
        jar = TestPluginJars.write(folder, "mixed.jar", ExitingConstructorTestEngine.class, CrashingEngine.class);
    }

    @AfterEach
    void forgetPlugins() {
        System.clearProperty(PluginPath.PROPERTY);
    }

    @Test
    void enginesListsTheOthersAndTheFailureAndExitsWithOne() {
        CliRun run = CliRun.of("engines", "--plugin-path", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("reverse "))
                .anyMatch(l -> l.startsWith("forward "))
                .anyMatch(l -> l.startsWith("crashing "))
                .contains("  " + EXITING + " in " + jar + ": " + EXIT_REASON);
    }

    @Test
    void gradientOfAllEnginesStillAnswersWithTheGoodOnes() {
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3",
                "--format", "json");

        JsonNode json = run.json();
        assertThat(ProductGradient.enginesThatAnswered(json)).contains("forward", "reverse", "checkpointed");
        assertThat(json.get("brokenProviders").get(0).get("provider").asText()).isEqualTo(EXITING + " in " + jar);
        assertThat(json.get("brokenProviders").get(0).get("reason").asText()).isEqualTo(EXIT_REASON);
    }

    @Test
    void gradientOfTheFailedProviderPrintsItsFailure() {
        for (String named : List.of(EXITING, ExitingConstructorTestEngine.class.getSimpleName())) {
            CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3",
                    "--engine", named);

            assertThat(run.exitCode()).as(named).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly("error: engine '" + named + "' failed to load: " + EXITING
                    + " in " + jar + ": " + EXIT_REASON);
        }
    }
}
