package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --plugin-path}: engines from a folder of jars join the ones on the class path. */
class PluginPathOptionTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetPlugins() {
        System.clearProperty(PluginPath.PROPERTY);
    }

    /** A plugin jar whose service file names {@code providers} (classes the test class path holds). */
    private Path jar(String name, String providers) {
        return TestPluginJars.write(folder, name, providers);
    }

    @Test
    void enginesFromTheFolderAreListedAndBrokenOnesReported() {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        jar("broken.jar", "com.example.NoSuchEngine\n");
        CliRun run = CliRun.of("engines", "--plugin-path", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("crashing").contains("forward").contains("reverse");
        assertThat(run.out()).contains("broken.jar").contains("com.example.NoSuchEngine");
    }

    @Test
    void theOptionMayComeBeforeTheCommandAndJoinFolders() {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        String joined = folder.resolve("absent") + java.io.File.pathSeparator + folder;
        CliRun run = CliRun.of("--plugin-path", joined, "engines");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("crashing").contains("plugin folder does not exist");
    }

    @Test
    void aMissingFolderIsAFailedProviderNotACrash() {
        CliRun run = CliRun.of("engines", "--plugin-path", folder.resolve("absent").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("plugin folder does not exist");
    }

    @Test
    void gradientRunsThePluginEngineBesideTheOthers() {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3");
        // The plugin engine throws on every gradient: recorded as a failed engine, exit 1, the others answer.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("reverse").contains("crashing");
    }
}
