package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.registry.EngineRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines that throw while differentiating, and a provider that cannot be loaded: all are
 * reported with their reasons, the other engines still answer, and the verdict is not ok. An
 * IllegalArgumentException is bad input (exit 2) only when {@code prepare} throws it; from the
 * call itself it is the engine's failure (exit 1).
 */
class EngineFailureTest {

    @TempDir
    Path services;

    private ClassLoader original;

    @BeforeEach
    void addTestProviders() throws IOException {
        Path file = services.resolve("META-INF/services/" + DiffEngine.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, CrashingEngine.class.getName() + "\n" + ArgumentRefusingEngine.class.getName()
                + "\norg.autodiffbench.missing.GoneEngine\n");
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
        Set<String> working = new HashSet<>(EngineRegistry.discover().ids());
        assertThat(working).contains("crashing", ArgumentRefusingEngine.ID);
        working.removeAll(Set.of("crashing", ArgumentRefusingEngine.ID));
        Set<String> answered = new HashSet<>();
        for (JsonNode result : json.get("results")) {
            answered.add(result.get("engine").asText());
            assertThat(result.get("gradient").get("x").asDouble()).isEqualTo(3.0);
            assertThat(result.get("gradient").get("y").asDouble()).isEqualTo(2.0);
        }
        assertThat(answered).isEqualTo(working).isNotEmpty();
        Map<String, String> failed = new HashMap<>();
        json.get("failed").forEach(f -> failed.put(f.get("engine").asText(), f.get("reason").asText()));
        assertThat(failed).containsExactlyInAnyOrderEntriesOf(Map.of(
                "crashing", "IllegalStateException: tape overflow",
                ArgumentRefusingEngine.ID, "IllegalArgumentException: " + ArgumentRefusingEngine.CALL_MESSAGE));
        assertThat(json.get("brokenProviders").get(0).get("provider").asText())
                .isEqualTo("org.autodiffbench.missing.GoneEngine");
        assertThat(json.get("agreement").get("ok").asBoolean()).isFalse();
    }

    @Test
    void anIllegalArgumentFromTheCallIsTheEnginesFailure() {
        CliRun run = CliRun.of("gradient", "--expr", "x*y", "--at", "x=2,y=3", "--engine", ArgumentRefusingEngine.ID,
                "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("results")).isEmpty();
        assertThat(json.get("failed").get(0).get("reason").asText())
                .isEqualTo("IllegalArgumentException: " + ArgumentRefusingEngine.CALL_MESSAGE);
        assertThat(json.get("agreement").get("ok").asBoolean()).isFalse();
    }

    @Test
    void anIllegalArgumentFromPrepareIsBadInput() {
        CliRun run = CliRun.of("gradient", "--expr", "x*y", "--at", "x=2,y=3", "--engine", ArgumentRefusingEngine.ID,
                "--option", "strict=yes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: " + ArgumentRefusingEngine.PREPARE_MESSAGE);
    }

    @Test
    void theTextSaysWhichEngineFailed() {
        CliRun run = CliRun.of("gradient", "--expr", "x*y", "--at", "x=2,y=3");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).contains("FAILED crashing: IllegalStateException: tape overflow",
                "FAILED " + ArgumentRefusingEngine.ID + ": IllegalArgumentException: "
                        + ArgumentRefusingEngine.CALL_MESSAGE);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("NOT OK: an engine failed"));
    }

    @Test
    void enginesListsTheBrokenProvider() {
        CliRun run = CliRun.of("engines");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("crashing "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("  org.autodiffbench.missing.GoneEngine: "));
    }
}
