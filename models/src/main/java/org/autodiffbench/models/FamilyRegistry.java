package org.autodiffbench.models;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.api.registry.ProviderFailure;
import org.autodiffbench.api.registry.Providers;

/**
 * The model families a process can build: the built-in ones ({@link ModelFamilies}), then those
 * {@link java.util.ServiceLoader} finds on the class path and in the jars of plugin folders,
 * with the same checks and failure records as engines ({@link EngineRegistry}): a provider that
 * cannot be loaded, throws in its constructor, was built for another API version or has an id
 * that is not allowed is a {@link ProviderFailure}; of two families with one id, the first wins
 * and a warning says so.
 */
public final class FamilyRegistry {

    private static final FamilyKind KIND = new FamilyKind();

    private final Providers<ModelFamily> families;

    private FamilyRegistry(Providers<ModelFamily> families) {
        this.families = families;
    }

    /**
     * The built-in families, those visible to the context class loader and those in the plugin
     * folders named by the system property {@value PluginPath#PROPERTY}: so a cell's JVM, started
     * with that property, sees the families the campaign was checked against.
     */
    public static FamilyRegistry discover() {
        return discover(contextLoader(), PluginPath.fromSystemProperty());
    }

    /** The built-in families, those visible to {@code parent} and those of the plugin folders' jars. */
    public static FamilyRegistry discover(ClassLoader parent, List<Path> pluginFolders) {
        return new FamilyRegistry(Providers.discover(KIND, ModelFamilies.all(), parent, pluginFolders));
    }

    /**
     * Like {@link #discover()}, but the providers of plugin folders are first made in a JVM of
     * their own, as {@link EngineRegistry#discoverProbingPlugins()} does for engines: a family
     * whose constructor calls System.exit or never returns is a failure, not the end of the harness.
     */
    public static FamilyRegistry discoverProbingPlugins() {
        return discoverProbingPlugins(contextLoader(), PluginPath.fromSystemProperty(),
                Duration.ofSeconds(EngineRegistry.PLUGIN_PROBE_SECONDS));
    }

    /** Like {@link #discover(ClassLoader, List)}, with the providers of plugin folders probed first. */
    public static FamilyRegistry discoverProbingPlugins(ClassLoader parent, List<Path> pluginFolders, Duration limit) {
        return new FamilyRegistry(Providers.discoverProbingPlugins(KIND, ModelFamilies.all(), parent, pluginFolders,
                limit));
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : FamilyRegistry.class.getClassLoader();
    }

    /** The families, built-in first, in discovery order. */
    public List<ModelFamily> available() {
        return List.copyOf(families.admitted().values());
    }

    public List<String> ids() {
        return List.copyOf(families.admitted().keySet());
    }

    public Optional<ModelFamily> find(String id) {
        return Optional.ofNullable(families.admitted().get(id));
    }

    /** The plugin jar the family with this id came from; empty for a built-in or class-path family. */
    public Optional<Path> jar(String id) {
        return families.jar(id);
    }

    /** The providers that failed, with reasons. */
    public List<ProviderFailure> failures() {
        return families.failures();
    }

    /** Warnings such as duplicate ids and plugin folders without jars. */
    public List<String> warnings() {
        return families.warnings();
    }

    /**
     * The family with this id.
     *
     * @throws IllegalArgumentException saying why, for the id or class of a provider that failed;
     *         naming the known families, for any other unknown id
     */
    public ModelFamily require(String id) {
        ModelFamily family = families.admitted().get(id);
        if (family != null) {
            return family;
        }
        Optional<ProviderFailure> failure = families.failureOf(id);
        if (failure.isPresent()) {
            throw new IllegalArgumentException("model family '" + id + "' failed to load: " + failure.get()
                    + " (run 'autodiffbench models' for details)");
        }
        throw new IllegalArgumentException(ModelFamilies.unknown(id, ids()));
    }
}
