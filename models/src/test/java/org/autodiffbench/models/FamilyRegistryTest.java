package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.registry.ProviderFailure;
import org.autodiffbench.models.mlp.MlpWidthFamily;
import org.autodiffbench.models.plugins.DuplicateIdTestFamily;
import org.autodiffbench.models.plugins.ExitingConstructorTestFamily;
import org.autodiffbench.models.plugins.InvalidIdTestFamily;
import org.autodiffbench.models.plugins.OtherApiVersionTestFamily;
import org.autodiffbench.models.plugins.SquaresTestFamily;
import org.autodiffbench.models.plugins.ThrowingConstructorTestFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model families are found like engines: the built-in ones first, then those of plugin jars,
 * each bad provider a failure with its reason while the others load.
 */
class FamilyRegistryTest {

    private final ClassLoader parent = FamilyRegistryTest.class.getClassLoader();

    @TempDir
    Path plugins;

    @Test
    void aPluginFamilyComesAfterTheBuiltInOnesAndKnowsItsJar() throws IOException {
        Path jar = FamilyJars.write(plugins, "squares.jar", SquaresTestFamily.class);

        FamilyRegistry registry = FamilyRegistry.discover(parent, List.of(plugins));

        List<String> expected = new ArrayList<>(ModelFamilies.ids());
        expected.add(SquaresTestFamily.ID);
        assertThat(registry.ids()).isEqualTo(expected);
        assertThat(registry.jar(SquaresTestFamily.ID)).contains(jar);
        assertThat(registry.jar("mlp-width")).isEmpty();
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.require(SquaresTestFamily.ID).instance(3, 1L).graph().parameterCount()).isEqualTo(3);
    }

    @Test
    void eachBadProviderIsAFailureWithItsReasonAndTheGoodOneLoads() throws IOException {
        Path jar = FamilyJars.write(plugins, "mixed.jar", ThrowingConstructorTestFamily.class,
                OtherApiVersionTestFamily.class, InvalidIdTestFamily.class, SquaresTestFamily.class);

        FamilyRegistry registry = FamilyRegistry.discover(parent, List.of(plugins));

        assertThat(registry.ids()).endsWith(SquaresTestFamily.ID);
        assertThat(registry.failures()).extracting(ProviderFailure::provider).containsExactly(
                ThrowingConstructorTestFamily.class.getName() + " in " + jar,
                OtherApiVersionTestFamily.class.getName() + " in " + jar,
                InvalidIdTestFamily.class.getName() + " in " + jar);
        assertThat(registry.failures().get(0).reason()).contains("IllegalStateException: no data set found");
        assertThat(registry.failures().get(1).reason()).isEqualTo("model family 'test-future' was built for API version "
                + (ApiVersion.CURRENT + 1) + " but this harness speaks version " + ApiVersion.CURRENT
                + "; rebuild it against api " + ApiVersion.CURRENT);
        assertThat(registry.failures().get(2).reason()).isEqualTo("model family id \"bad|id\" from "
                + InvalidIdTestFamily.class.getName() + " is not allowed: use letters, digits, '.', '_' or '-'");
    }

    @Test
    void aDuplicateIdIsAWarningAndTheBuiltInFamilyKeepsIt() throws IOException {
        Path jar = FamilyJars.write(plugins, "duplicate.jar", DuplicateIdTestFamily.class);

        FamilyRegistry registry = FamilyRegistry.discover(parent, List.of(plugins));

        assertThat(registry.require("mlp-width")).isInstanceOf(MlpWidthFamily.class);
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).containsExactly("model family id 'mlp-width' is provided by both "
                + MlpWidthFamily.class.getName() + " and " + DuplicateIdTestFamily.class.getName() + " in " + jar
                + "; using the first");
    }

    @Test
    void requireSaysWhyAFailedFamilyFailedAndListsTheKnownOnesForAnUnknownId() throws IOException {
        FamilyJars.write(plugins, "future.jar", OtherApiVersionTestFamily.class);

        FamilyRegistry registry = FamilyRegistry.discover(parent, List.of(plugins));

        assertThatThrownBy(() -> registry.require("test-future")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("model family 'test-future' failed to load: "
                        + OtherApiVersionTestFamily.class.getName() + " in ")
                .hasMessageContaining("was built for API version " + (ApiVersion.CURRENT + 1));
        assertThatThrownBy(() -> registry.require("no-such")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model family 'no-such'; known families: " + String.join(", ", registry.ids()));
    }

    @Test
    void aJarThatIsNoJarIsAFailureAndAnEngineOnlyJarIsPassedOverQuietly() throws IOException {
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");
        FamilyJars.write(plugins, "engine.jar", "META-INF/services/org.autodiffbench.api.DiffEngine",
                "com.example.SomeEngine\n");

        FamilyRegistry registry = FamilyRegistry.discover(parent, List.of(plugins));

        assertThat(registry.ids()).isEqualTo(ModelFamilies.ids());
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.provider()).isEqualTo(plugins.resolve("broken.jar").toString());
            assertThat(failure.reason()).startsWith("not a readable jar (");
        });
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void aFamilyThatCallsSystemExitInItsConstructorIsRefusedByTheProbeAndThisJvmGoesOn() throws IOException {
        Path jar = FamilyJars.write(plugins, "exiting.jar", ExitingConstructorTestFamily.class,
                SquaresTestFamily.class);

        FamilyRegistry registry = FamilyRegistry.discoverProbingPlugins(parent, List.of(plugins),
                Duration.ofSeconds(20));

        assertThat(registry.ids()).endsWith(SquaresTestFamily.ID);
        assertThat(registry.failures()).containsExactly(new ProviderFailure(
                ExitingConstructorTestFamily.class.getName() + " in " + jar,
                "called System.exit(3) while loading; remove it from the plugin folder or fix it"));
    }
}
