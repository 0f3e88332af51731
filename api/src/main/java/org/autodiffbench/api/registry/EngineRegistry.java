package org.autodiffbench.api.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;

/**
 * The engines that {@link ServiceLoader} finds. A provider that cannot be loaded, throws in its
 * constructor or was built for another API version becomes a {@link ProviderFailure}; the others
 * still load. When two providers share an id, the first one wins and a warning says so.
 */
public final class EngineRegistry {

    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    /** A guard against a service iterator that keeps failing on the same entry. */
    private static final int MAX_CONSECUTIVE_ERRORS = 1000;

    private final Map<String, DiffEngine> engines;
    private final List<ProviderFailure> failures;
    private final List<String> warnings;

    private EngineRegistry(Map<String, DiffEngine> engines, List<ProviderFailure> failures, List<String> warnings) {
        this.engines = Collections.unmodifiableMap(engines);
        this.failures = List.copyOf(failures);
        this.warnings = List.copyOf(warnings);
    }

    /** Discovers the engines visible to the context class loader. */
    public static EngineRegistry discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : EngineRegistry.class.getClassLoader());
    }

    /** Discovers the engines visible to {@code loader}. */
    public static EngineRegistry discover(ClassLoader loader) {
        Map<String, DiffEngine> engines = new LinkedHashMap<>();
        List<ProviderFailure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Iterator<DiffEngine> it = ServiceLoader.load(DiffEngine.class, loader).iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            DiffEngine engine;
            try {
                if (!it.hasNext()) {
                    break;
                }
                engine = it.next();
                consecutiveErrors = 0;
            } catch (ServiceConfigurationError | LinkageError e) {
                consecutiveErrors++;
                failures.add(new ProviderFailure(providerName(e), reason(e)));
                continue;
            }
            admit(engine, engines, failures, warnings);
        }
        return new EngineRegistry(engines, failures, warnings);
    }

    /** Builds a registry from engines already at hand, with the same checks as discovery. */
    public static EngineRegistry of(List<DiffEngine> candidates) {
        Map<String, DiffEngine> engines = new LinkedHashMap<>();
        List<ProviderFailure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DiffEngine engine : candidates) {
            admit(engine, engines, failures, warnings);
        }
        return new EngineRegistry(engines, failures, warnings);
    }

    private static void admit(DiffEngine engine, Map<String, DiffEngine> engines, List<ProviderFailure> failures,
                              List<String> warnings) {
        String className = engine.getClass().getName();
        String id;
        int apiVersion;
        try {
            id = engine.id();
            apiVersion = engine.apiVersion();
        } catch (RuntimeException | LinkageError e) {
            failures.add(new ProviderFailure(className, "id() or apiVersion() failed: " + oneLine(e)));
            return;
        }
        if (apiVersion != ApiVersion.CURRENT) {
            failures.add(new ProviderFailure(className, "engine '" + id + "' was built for API version " + apiVersion
                    + " but this harness speaks version " + ApiVersion.CURRENT
                    + "; rebuild it against api " + ApiVersion.CURRENT));
            return;
        }
        DiffEngine existing = engines.get(id);
        if (existing != null) {
            warnings.add("engine id '" + id + "' is provided by both " + existing.getClass().getName() + " and "
                    + className + "; using the first");
            return;
        }
        engines.put(id, engine);
    }

    private static String providerName(Throwable e) {
        Matcher m = PROVIDER_NAME.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "unknown provider";
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == e) {
            return String.valueOf(e.getMessage()).replaceFirst("^\\S+: ", "");
        }
        return String.valueOf(e.getMessage()).replaceFirst("^\\S+: ", "") + ": " + oneLine(root);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return (e.getClass().getSimpleName() + message).replaceAll("\\s*\\R\\s*", " ");
    }

    /** The loaded engines, in discovery order. */
    public List<DiffEngine> available() {
        return List.copyOf(engines.values());
    }

    /** The providers that failed, with reasons. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** Warnings such as duplicate ids. */
    public List<String> warnings() {
        return warnings;
    }

    public List<String> ids() {
        return List.copyOf(engines.keySet());
    }

    public Optional<DiffEngine> find(String id) {
        return Optional.ofNullable(engines.get(id));
    }

    /** The engine with this id, or an exception that lists the available ones. */
    public DiffEngine require(String id) {
        DiffEngine engine = engines.get(id);
        if (engine == null) {
            throw new UnknownEngineException(id, engines.keySet());
        }
        return engine;
    }
}
