package org.autodiffbench.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autodiffbench.api.registry.RegistryFailures.failureOf;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.registry.plugins.FutureApiPluginEngine;
import org.autodiffbench.api.registry.plugins.GoodPluginEngine;
import org.autodiffbench.api.registry.plugins.NeedsLibraryPluginEngine;
import org.autodiffbench.api.registry.plugins.PluginLibrary;
import org.autodiffbench.api.registry.plugins.PluginTestEngine;
import org.autodiffbench.api.registry.plugins.ThrowingPluginEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin folders: jars packed at test time from compiled test classes, loaded each with its own
 * class loader under a parent that hides those classes, so that every plugin class really comes
 * from its jar. Each broken folder or jar is reported, and the good plugins still load.
 */
class EngineRegistryPluginFolderTest {

    private static final List<Class<?>> GOOD = List.of(PluginTestEngine.class, GoodPluginEngine.class);

    @TempDir
    Path temp;

    private final ClassLoader parent = new HidingClassLoader();

    private Path goodJar(Path jar) throws IOException {
        return PluginJars.write(jar, GOOD, GoodPluginEngine.class.getName() + "\n");
    }

    @Test
    void aGoodPluginIsLoadedFromItsOwnJarAndSharesTheApi() throws IOException {
        Path jar = goodJar(temp.resolve("plugins/good.jar"));

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp.resolve("plugins")));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).isEmpty();
        DiffEngine engine = registry.require(GoodPluginEngine.ID);
        assertThat(engine.getClass()).isNotSameAs(GoodPluginEngine.class);
        assertThat(engine.getClass().getName()).isEqualTo(GoodPluginEngine.class.getName());
        ClassLoader loader = engine.getClass().getClassLoader();
        assertThat(loader).isInstanceOf(URLClassLoader.class);
        assertThat(((URLClassLoader) loader).getURLs()).containsExactly(jar.toUri().toURL());
        assertThat(loader.getParent()).isSameAs(parent);
        assertThat(engine.apiVersion()).isEqualTo(ApiVersion.CURRENT);
    }

    @Test
    void eachJarHasItsOwnClassLoader() throws IOException {
        goodJar(temp.resolve("a.jar"));
        PluginJars.write(temp.resolve("b.jar"), List.of(PluginTestEngine.class, FutureApiPluginEngine.class),
                FutureApiPluginEngine.class.getName() + "\n");
        PluginJars.write(temp.resolve("c.jar"), List.of(PluginTestEngine.class, ThrowingPluginEngine.class),
                ThrowingPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(registry.failures()).extracting(ProviderFailure::provider).containsExactly(
                FutureApiPluginEngine.class.getName() + " in " + temp.resolve("b.jar"),
                ThrowingPluginEngine.class.getName() + " in " + temp.resolve("c.jar"));
    }

    @Test
    void aMissingFolderIsAFailureAndTheOtherFoldersStillLoad() throws IOException {
        goodJar(temp.resolve("plugins/good.jar"));
        Path missing = temp.resolve("no-such-folder");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(missing, temp.resolve("plugins")));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(registry.failures()).containsExactly(new ProviderFailure(missing.toString(),
                "plugin folder does not exist; give a folder that holds engine jars"));
    }

    @Test
    void aFileGivenAsAFolderIsAFailure() throws IOException {
        Path jar = goodJar(temp.resolve("good.jar"));

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(jar));

        assertThat(registry.ids()).isEmpty();
        assertThat(registry.failures()).containsExactly(new ProviderFailure(jar.toString(),
                "is not a folder; give the folder that holds the engine jar, not a file"));
    }

    @Test
    void aFolderWithoutJarsIsAWarning() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("README.txt"), "not a jar");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(empty));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).containsExactly("plugin folder " + empty + " holds no .jar files");
    }

    @Test
    void aCorruptJarIsAFailureAndTheGoodJarBesideItStillLoads() throws IOException {
        Path corrupt = temp.resolve("a-corrupt.jar");
        Files.writeString(corrupt, "this is not a zip file");
        goodJar(temp.resolve("b-good.jar"));

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        ProviderFailure failure = failureOf(registry, corrupt.toString());
        assertThat(failure.reason()).startsWith("not a readable jar (ZipException")
                .endsWith("); rebuild it or take it out of the plugin folder")
                .doesNotContain("\n");
    }

    @Test
    void aJarWithoutAServiceFileIsAWarning() throws IOException {
        Path jar = PluginJars.write(temp.resolve("library.jar"), GOOD, null);

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).isEmpty();
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).containsExactly("plugin " + jar + " offers nothing: it has no "
                + PluginJars.SERVICE_FILE + " nor any other META-INF/services/org.autodiffbench.* service file");
    }

    @Test
    void aJarThatOffersOnlyAnotherKindOfProviderIsPassedOverWithoutAWarning() throws IOException {
        PluginJars.write(temp.resolve("family.jar"), GOOD, "META-INF/services/org.autodiffbench.models.ModelFamily",
                "com.example.SomeFamily\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).isEmpty();
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void aListedProviderClassMissingFromTheJarIsAFailure() throws IOException {
        String absent = "org.autodiffbench.api.registry.plugins.AbsentEngine";
        Path jar = PluginJars.write(temp.resolve("gappy.jar"), GOOD,
                absent + "\n" + GoodPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(failureOf(registry, absent + " in " + jar).reason()).isEqualTo("Provider " + absent + " not found");
    }

    @Test
    void aThrowingConstructorIsAFailureWithItsMessage() throws IOException {
        Path jar = PluginJars.write(temp.resolve("throwing.jar"),
                List.of(PluginTestEngine.class, ThrowingPluginEngine.class, GoodPluginEngine.class),
                ThrowingPluginEngine.class.getName() + "\n" + GoodPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(failureOf(registry, ThrowingPluginEngine.class.getName() + " in " + jar).reason())
                .contains("could not be instantiated")
                .endsWith("IllegalStateException: " + ThrowingPluginEngine.MESSAGE)
                .doesNotContain("\n");
    }

    @Test
    void aLibraryMissingFromTheJarIsAFailureThatSaysSo() throws IOException {
        Path jar = PluginJars.write(temp.resolve("thin.jar"), List.of(PluginTestEngine.class,
                NeedsLibraryPluginEngine.class), NeedsLibraryPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).isEmpty();
        assertThat(failureOf(registry, NeedsLibraryPluginEngine.class.getName() + " in " + jar).reason())
                .contains("could not be instantiated")
                .contains(PluginLibrary.class.getName())
                .endsWith("(a class it needs is missing: a plugin jar must hold every library the engine uses but"
                        + " the api)");
    }

    @Test
    void anEngineBuiltForAnotherApiVersionIsAFailureWithWhatToDo() throws IOException {
        Path jar = PluginJars.write(temp.resolve("future.jar"), List.of(PluginTestEngine.class,
                FutureApiPluginEngine.class), FutureApiPluginEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).isEmpty();
        assertThat(registry.failures()).containsExactly(new ProviderFailure(
                FutureApiPluginEngine.class.getName() + " in " + jar,
                "engine 'plugin-future' was built for API version " + (ApiVersion.CURRENT + 1)
                        + " but this harness speaks version " + ApiVersion.CURRENT
                        + "; rebuild it against api " + ApiVersion.CURRENT, "plugin-future"));
    }

    @Test
    void twoJarsWithOneIdWarnAndTheFirstByNameWins() throws IOException {
        Path first = goodJar(temp.resolve("a.jar"));
        Path second = goodJar(temp.resolve("b.jar"));

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(registry.failures()).isEmpty();
        String className = GoodPluginEngine.class.getName();
        assertThat(registry.warnings()).containsExactly("engine id '" + GoodPluginEngine.ID + "' is provided by both "
                + className + " in " + first + " and " + className + " in " + second + "; using the first");
        URLClassLoader winner = (URLClassLoader) registry.require(GoodPluginEngine.ID).getClass().getClassLoader();
        assertThat(winner.getURLs()).containsExactly(first.toUri().toURL());
    }

    @Test
    void aFolderNamedTwiceIsLoadedOnce() throws IOException {
        goodJar(temp.resolve("good.jar"));

        EngineRegistry registry = EngineRegistry.discover(parent, List.of(temp, temp.resolve(".")));

        assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
        assertThat(registry.warnings()).isEmpty();
    }

    /**
     * Under the plain test class loader the class-path providers are found first; a jar that
     * lists the same provider classes gets those very classes back through its parent, and none
     * of them is listed twice, neither as an engine nor as a failure or a warning.
     */
    @Test
    void providersTheParentAlreadyOffersAreNotListedTwice() throws IOException {
        ClassLoader testLoader = EngineRegistryPluginFolderTest.class.getClassLoader();
        EngineRegistry classPathOnly = EngineRegistry.discover(testLoader);
        PluginJars.write(temp.resolve("copy.jar"), List.of(TrivialTestEngine.class, GoodTestEngine.class,
                OtherApiVersionTestEngine.class), GoodTestEngine.class.getName() + "\n"
                + OtherApiVersionTestEngine.class.getName() + "\n" + DuplicateIdTestEngine.class.getName() + "\n");

        EngineRegistry registry = EngineRegistry.discover(testLoader, List.of(temp));

        assertThat(registry.ids()).isEqualTo(classPathOnly.ids());
        assertThat(registry.require("test-good")).isInstanceOf(GoodTestEngine.class);
        assertThat(registry.failures()).isEqualTo(classPathOnly.failures());
        assertThat(registry.warnings()).isEqualTo(classPathOnly.warnings());
    }

    @Test
    void discoverReadsThePluginFoldersFromTheSystemProperty() throws IOException {
        goodJar(temp.resolve("plugins/good.jar"));
        Path missing = temp.resolve("missing");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        String before = System.getProperty(PluginPath.PROPERTY);
        thread.setContextClassLoader(parent);
        System.setProperty(PluginPath.PROPERTY, temp.resolve("plugins") + File.pathSeparator + missing);
        try {
            EngineRegistry registry = EngineRegistry.discover();

            assertThat(registry.ids()).containsExactly(GoodPluginEngine.ID);
            assertThat(registry.failures()).extracting(ProviderFailure::provider).containsExactly(missing.toString());
        } finally {
            thread.setContextClassLoader(original);
            if (before == null) {
                System.clearProperty(PluginPath.PROPERTY);
            } else {
                System.setProperty(PluginPath.PROPERTY, before);
            }
        }
    }
}
