package org.autodiffbench.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autodiffbench.api.registry.RegistryFailures.failureOf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.registry.plugins.ExitingPluginEngine;
import org.autodiffbench.api.registry.plugins.GoodPluginEngine;
import org.autodiffbench.api.registry.plugins.HangingPluginEngine;
import org.autodiffbench.api.registry.plugins.PluginTestEngine;
import org.autodiffbench.api.registry.plugins.ThrowingPluginEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Providers from plugin folders are first made in a JVM of their own, so that one which ends
 * the JVM or never returns from its constructor becomes a failure record instead of taking the
 * harness down; the providers beside it still load, here, in this JVM.
 */
class PluginProbeTest {

    private static final Duration SHORT_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    private final ClassLoader parent = new HidingClassLoader();

    @Test
    void aConstructorThatCallsSystemExitIsAFailureAndTheOthersLoad() throws IOException {
        Path jar = PluginJars.write(temp.resolve("plugins/mixed.jar"),
                List.of(PluginTestEngine.class, ExitingPluginEngine.class, ThrowingPluginEngine.class,
                        GoodPluginEngine.class),
                ExitingPluginEngine.class.getName() + "\n" + ThrowingPluginEngine.class.getName() + "\n"
                        + GoodPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discoverProbingPlugins(parent, List.of(temp.resolve("plugins")),
                SHORT_LIMIT);

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(failureOf(registry, ExitingPluginEngine.class.getName() + " in " + jar).reason())
                .isEqualTo("called System.exit(" + ExitingPluginEngine.STATUS
                        + ") while loading; remove it from the plugin folder or fix it");
        assertThat(failureOf(registry, ThrowingPluginEngine.class.getName() + " in " + jar).reason())
                .endsWith("IllegalStateException: " + ThrowingPluginEngine.MESSAGE);
    }

    @Test
    void aConstructorThatNeverReturnsIsAFailureAfterTheTimeLimit() throws IOException {
        Path jar = PluginJars.write(temp.resolve("plugins/a-hanging.jar"),
                List.of(PluginTestEngine.class, HangingPluginEngine.class),
                HangingPluginEngine.class.getName() + "\n");
        PluginJars.write(temp.resolve("plugins/b-good.jar"), List.of(PluginTestEngine.class, GoodPluginEngine.class),
                GoodPluginEngine.class.getName() + "\n");

        long start = System.nanoTime();
        EngineRegistry registry = EngineRegistry.discoverProbingPlugins(parent, List.of(temp.resolve("plugins")),
                SHORT_LIMIT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(failureOf(registry, HangingPluginEngine.class.getName() + " in " + jar).reason())
                .isEqualTo("did not finish loading within 2 s; remove it from the plugin folder or fix it");
        assertThat(took).isLessThan(SHORT_LIMIT.multipliedBy(4));
    }

    @Test
    void withoutPluginFoldersNothingIsProbed() {
        EngineRegistry registry = EngineRegistry.discoverProbingPlugins(parent, List.of(), SHORT_LIMIT);

        assertThat(registry.ids()).isEmpty();
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).isEmpty();
    }

    /**
     * A probe stuck in a provider's constructor ends as soon as the process that started it is
     * gone (its stdin closes), instead of spinning on as an orphan.
     */
    @Test
    void aProbeStuckInAConstructorEndsWhenItsParentIsGone() throws Exception {
        PluginJars.write(temp.resolve("plugins/hanging.jar"), List.of(PluginTestEngine.class, HangingPluginEngine.class),
                HangingPluginEngine.class.getName() + "\n");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PluginProbeProcess.class.getName(),
                PluginPath.format(List.of(temp.resolve("plugins")))).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (probe.getInputStream().available() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(probe.isAlive()).as("the probe is making the hanging provider").isTrue();

            probe.getOutputStream().close();

            assertThat(probe.waitFor(10, TimeUnit.SECONDS)).as("the probe ended").isTrue();
            assertThat(probe.exitValue()).isEqualTo(4);
        } finally {
            probe.destroyForcibly();
        }
    }
}
