package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.harness.testengines.ExitingTestEngine;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin engine that calls System.exit(7) in the middle of {@code gradient}, in the command's
 * own JVM (started here, since the exit ends it): the command ends with exit code 1, an engine
 * failed, and an {@code error:} line that names the engine, instead of silently with the
 * engine's 7.
 */
class EngineExitGuardTest {

    @TempDir
    Path folder;

    @Test
    void anEngineCallingSystemExitEndsTheCommandWithAnErrorNamingIt() throws IOException, InterruptedException {
        TestPluginJars.write(folder, "exiting.jar", ExitingTestEngine.class);
        Path stderr = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3",
                "--engine", ExitingTestEngine.ID))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> errLines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", errLines)).isEqualTo(1);
        assertThat(errLines).containsExactly("error: engine " + ExitingTestEngine.ID + " called System.exit during"
                + " gradient; the answers of the other engines are lost: leave it out with --engine ID, or remove it"
                + " from the plugin folder or fix it");
    }
}
