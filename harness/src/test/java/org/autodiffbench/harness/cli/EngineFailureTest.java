package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autodiffbench.api.DiffEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that throws while differentiating, and a provider that cannot be loaded: both are
 * reported with their reasons, the other engines still answer, and the verdict is not ok.
 */
class EngineFailureTest {

    @TempDir
    Path services;

    private ClassLoader original;

    @BeforeEach
    void addTestProviders() throws IOException {
        Path file = services.resolve("META-INF/services/" + DiffEngine.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, CrashingEngine.class.getName() + "\norg.autodiffbench.missing.GoneEngine\n");
        original = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {services.toUri().toURL()}, original));
    }

    @AfterEach
    void restoreClassLoader() {
        Thread.currentThread().setContextClassLoader(original);
    }

    @Test
    void aCrashIsRecordedAndTheOtherEnginesStillAnswer() {
        CliRun run = CliRun.of("gradient", "--expr", "x*y", "--at", "x=2,y=3", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("results")).hasSize(2);
        for (JsonNode result : json.get("results")) {
            assertThat(result.get("gradient").get("x").asDouble()).isEqualTo(3.0);
        }
        assertThat(json.get("failed").get(0).get("engine").asText()).isEqualTo("crashing");
        assertThat(json.get("failed").get(0).get("reason").asText()).isEqualTo("IllegalStateException: tape overflow");
        assertThat(json.get("brokenProviders").get(0).get("provider").asText())
                .isEqualTo("org.autodiffbench.missing.GoneEngine");
        assertThat(json.get("agreement").get("ok").asBoolean()).isFalse();
    }

    @Test
    void theTextSaysWhichEngineFailed() {
        CliRun run = CliRun.of("gradient", "--expr", "x*y", "--at", "x=2,y=3");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).contains("FAILED crashing: IllegalStateException: tape overflow");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("NOT OK: an engine failed"));
    }

    @Test
    void enginesListsTheBrokenProvider() {
        CliRun run = CliRun.of("engines");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("crashing "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("  org.autodiffbench.missing.GoneEngine: "));
    }
}
