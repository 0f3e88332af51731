package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.autodiffbench.api.registry.PluginPath;
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
    private Path jar(String name, String providers) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.autodiffbench.api.DiffEngine"));
            out.write(providers.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void enginesFromTheFolderAreListedAndBrokenOnesReported() throws IOException {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        jar("broken.jar", "com.example.NoSuchEngine\n");
        CliRun run = CliRun.of("engines", "--plugin-path", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("crashing").contains("forward").contains("reverse");
        assertThat(run.out()).contains("broken.jar").contains("com.example.NoSuchEngine");
    }

    @Test
    void theOptionMayComeBeforeTheCommandAndJoinFolders() throws IOException {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        String joined = folder.resolve("absent") + java.io.File.pathSeparator + folder;
        CliRun run = CliRun.of("--plugin-path", joined, "engines");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("crashing").contains("plugin folder does not exist");
    }

    @Test
    void aMissingFolderIsAFailedProviderNotACrash() {
        CliRun run = CliRun.of("engines", "--plugin-path", folder.resolve("absent").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("plugin folder does not exist");
    }

    @Test
    void gradientRunsThePluginEngineBesideTheOthers() throws IOException {
        jar("good.jar", CrashingEngine.class.getName() + "\n");
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3");
        // The plugin engine throws on every gradient: recorded as a failed engine, exit 1, the others answer.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("reverse").contains("crashing");
    }
}
