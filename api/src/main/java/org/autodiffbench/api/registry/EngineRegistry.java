package org.autodiffbench.api.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.autodiffbench.api.DiffEngine;

/**
 * The engines that {@link ServiceLoader} finds on the class path and in the jars of plugin
 * folders. A provider that cannot be loaded, throws in its constructor or was built for another
 * API version becomes a {@link ProviderFailure}, and so do a plugin folder that does not exist
 * and a jar that cannot be read; the others still load. When two providers share an id, the
 * first one wins and a warning says so; a plugin folder without jars is a warning too.
 */
public final class EngineRegistry {

    /** The word that stands for every engine on the command line and in campaigns; never an engine's id. */
    public static final String ALL = "all";

    /**
     * How many seconds a provider of a plugin folder may take to be made and described in the
     * probe's JVM ({@link #discoverProbingPlugins()}) before it is a failure.
     */
    public static final int PLUGIN_PROBE_SECONDS = 20;

    private static final EngineKind KIND = new EngineKind();

    private final Providers<DiffEngine> engines;

    private EngineRegistry(Providers<DiffEngine> engines) {
        this.engines = engines;
    }

    /**
     * Discovers the engines visible to the context class loader and those in the plugin folders
     * named by the system property {@value PluginPath#PROPERTY}, so that every process started
     * with that property sees the same engines.
     */
    public static EngineRegistry discover() {
        return discover(contextLoader(), PluginPath.fromSystemProperty());
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : EngineRegistry.class.getClassLoader();
    }

    /** Discovers the engines visible to {@code loader}, without plugin folders. */
    public static EngineRegistry discover(ClassLoader loader) {
        return discover(loader, List.of());
    }

    /**
     * Discovers the engines visible to {@code parent}, then those of every {@code *.jar} in each
     * plugin folder, in name order. Each jar gets its own class loader whose parent is
     * {@code parent}, which must see the api so that the plugin shares {@link DiffEngine} with
     * the caller; the jar holds the engine and every library it needs except the api.
     */
    public static EngineRegistry discover(ClassLoader parent, List<Path> pluginFolders) {
        return new EngineRegistry(Providers.discover(KIND, List.of(), parent, pluginFolders));
    }

    /**
     * Like {@link #discover()}, but the providers of plugin folders are first made in a JVM of
     * their own: one that calls System.exit, crashes that JVM or does not finish being made
     * within {@value #PLUGIN_PROBE_SECONDS} s is a failure and is never made in this JVM. Commands
     * that run plugin code in their own JVM use this; a JVM started for one cell need not, since
     * nothing else runs in it. Without plugin folders no JVM is started.
     */
    public static EngineRegistry discoverProbingPlugins() {
        return discoverProbingPlugins(contextLoader(), PluginPath.fromSystemProperty(),
                Duration.ofSeconds(PLUGIN_PROBE_SECONDS));
    }

    /**
     * Like {@link #discover(ClassLoader, List)}, with the providers of plugin folders probed first,
     * each given at most {@code limit} to be made and described.
     */
    public static EngineRegistry discoverProbingPlugins(ClassLoader parent, List<Path> pluginFolders, Duration limit) {
        return new EngineRegistry(Providers.discoverProbingPlugins(KIND, List.of(), parent, pluginFolders, limit));
    }

    /** Builds a registry from engines already at hand, with the same checks as discovery. */
    public static EngineRegistry of(List<DiffEngine> candidates) {
        return new EngineRegistry(Providers.of(KIND, candidates));
    }

    /** The loaded engines, in discovery order. */
    public List<DiffEngine> available() {
        return List.copyOf(engines.admitted().values());
    }

    /** The providers that failed, with reasons. */
    public List<ProviderFailure> failures() {
        return engines.failures();
    }

    /** Warnings such as duplicate ids and plugin folders without jars. */
    public List<String> warnings() {
        return engines.warnings();
    }

    public List<String> ids() {
        return List.copyOf(engines.admitted().keySet());
    }

    public Optional<DiffEngine> find(String id) {
        return Optional.ofNullable(engines.admitted().get(id));
    }

    /**
     * The engine with this id. For an id, class name or simple class name of a provider that
     * failed, an exception that says why it failed; for any other, one that lists the available
     * engines.
     */
    public DiffEngine require(String id) {
        DiffEngine engine = engines.admitted().get(id);
        if (engine == null) {
            engines.failureOf(id).ifPresent(failure -> {
                throw new FailedEngineException(id, failure);
            });
            throw new UnknownEngineException(id, engines.admitted().keySet());
        }
        return engine;
    }
}
