package org.autodiffbench.api.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The providers of one {@link ServiceKind} that a discovery admitted, with the providers that
 * failed and the warnings: what {@link EngineRegistry} holds for engines, and a model family
 * registry for families. Given providers come first, then those {@link ServiceLoader} finds on
 * the class path, then those of the jars of plugin folders, each checked the same way (id rule,
 * API version, duplicate id: the first wins with a warning).
 *
 * @param <S> the service-provider interface
 */
public final class Providers<S> {

    private final Map<String, S> admitted;
    private final Map<String, Path> jars;
    private final List<ProviderFailure> failures;
    private final List<String> warnings;

    private Providers(Discovery<S> discovery) {
        this.admitted = Collections.unmodifiableMap(new LinkedHashMap<>(discovery.admitted()));
        this.jars = Map.copyOf(discovery.jars());
        this.failures = List.copyOf(discovery.failures());
        this.warnings = List.copyOf(discovery.warnings());
    }

    /**
     * Admits {@code given}, then discovers the providers visible to {@code parent}, then those of
     * every {@code *.jar} in each plugin folder, in name order. Each jar gets its own class loader
     * whose parent is {@code parent}, which must see the api (and the kind's interface) so that
     * the plugin shares them with the caller.
     */
    public static <S> Providers<S> discover(ServiceKind<S> kind, List<S> given, ClassLoader parent,
                                            List<Path> pluginFolders) {
        return load(new Discovery<>(kind), given, parent, pluginFolders);
    }

    /**
     * Like {@link #discover}, but the providers of plugin folders are first made in a JVM of their
     * own (see {@link EngineRegistry#discoverProbingPlugins()}), each given at most {@code limit}.
     * Without plugin folders no JVM is started.
     */
    public static <S> Providers<S> discoverProbingPlugins(ServiceKind<S> kind, List<S> given, ClassLoader parent,
                                                          List<Path> pluginFolders, Duration limit) {
        if (pluginFolders.isEmpty()) {
            return discover(kind, given, parent, pluginFolders);
        }
        PluginProbeJvm.Verdict verdict = PluginProbeJvm.probe(kind, pluginFolders, limit);
        Discovery<S> discovery = new Discovery<>(kind, verdict.refusals()::get);
        verdict.warnings().forEach(discovery::warn);
        return load(discovery, given, parent, pluginFolders);
    }

    /** The providers already at hand, with the same checks as discovery, and none other. */
    public static <S> Providers<S> of(ServiceKind<S> kind, List<S> given) {
        Discovery<S> discovery = new Discovery<>(kind);
        for (S provider : given) {
            discovery.admit(provider, null);
        }
        return new Providers<>(discovery);
    }

    private static <S> Providers<S> load(Discovery<S> discovery, List<S> given, ClassLoader parent,
                                         List<Path> pluginFolders) {
        for (S provider : given) {
            discovery.admit(provider, null);
        }
        discovery.load(parent, null);
        PluginFolders.load(pluginFolders, parent, discovery);
        return new Providers<>(discovery);
    }

    /** The admitted providers by id, in discovery order. */
    public Map<String, S> admitted() {
        return admitted;
    }

    /** The plugin jar the provider with this id came from; empty for a given or class-path provider. */
    public Optional<Path> jar(String id) {
        return Optional.ofNullable(jars.get(id));
    }

    /** The providers that failed, with reasons. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** Warnings such as duplicate ids and plugin folders without jars. */
    public List<String> warnings() {
        return warnings;
    }

    /** The failure of the provider {@code name} names (its id or class), if it failed. */
    public Optional<ProviderFailure> failureOf(String name) {
        return failures.stream().filter(failure -> failure.isNamed(name)).findFirst();
    }
}
