package org.autodiffbench.api.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;

/**
 * What a discovery has found so far: the admitted engines, the failed providers and the
 * warnings. An engine is admitted when its id follows {@link EngineIdRule}, its API version is
 * this harness's and no earlier engine has its id. Each provider is named by its class, followed by where it came from when that is
 * a plugin jar ({@code "com.example.MyEngine in /plugins/my.jar"}).
 */
final class Discovery {

    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    /** A guard against a service iterator that keeps failing on the same entry. */
    private static final int MAX_CONSECUTIVE_ERRORS = 1000;

    private final Map<String, DiffEngine> engines = new LinkedHashMap<>();
    private final Map<String, String> providerOfId = new HashMap<>();
    private final Set<Class<?>> seenClasses = new HashSet<>();
    private final List<ProviderFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private final ProviderWatch pluginWatch;

    /** A discovery that makes every provider it finds. */
    Discovery() {
        this(ProviderWatch.NONE);
    }

    /** A discovery that asks {@code pluginWatch} about each provider of a plugin jar before making it. */
    Discovery(ProviderWatch pluginWatch) {
        this.pluginWatch = pluginWatch;
    }

    /**
     * Loads the providers {@link ServiceLoader} finds through {@code loader}. Those of a plugin jar
     * go past the plugin watch; those of the class path are trusted.
     *
     * @param origin appended to provider names: empty for the class path, {@code " in <jar>"} for a plugin
     */
    void load(ClassLoader loader, String origin) {
        ProviderWatch watch = origin.isEmpty() ? ProviderWatch.NONE : pluginWatch;
        Iterator<ServiceLoader.Provider<DiffEngine>> it = ServiceLoader.load(DiffEngine.class, loader).stream()
                .iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            ServiceLoader.Provider<DiffEngine> found;
            try {
                if (!it.hasNext()) {
                    break;
                }
                found = it.next();
                consecutiveErrors = 0;
            } catch (ServiceConfigurationError | LinkageError e) {
                consecutiveErrors++;
                fail(providerName(e) + origin, reason(e));
                continue;
            }
            String provider = found.type().getName() + origin;
            String refusal = watch.refusal(provider);
            if (refusal != null) {
                fail(provider, refusal);
                continue;
            }
            watch.loading(provider);
            DiffEngine engine;
            try {
                engine = found.get();
            } catch (ServiceConfigurationError | LinkageError e) {
                watch.loaded(provider, null);
                fail(provider, reason(e));
                continue;
            }
            watch.loaded(provider, engine);
            admit(engine, origin);
        }
    }

    /**
     * Admits an engine unless it fails its checks. A plugin jar that lists a provider class the
     * parent class loader has already offered gets that same class back; it is the same provider
     * and is skipped without a word.
     */
    void admit(DiffEngine engine, String origin) {
        if (!seenClasses.add(engine.getClass()) && !origin.isEmpty()) {
            return;
        }
        String provider = engine.getClass().getName() + origin;
        String id;
        int apiVersion;
        try {
            id = engine.id();
            apiVersion = engine.apiVersion();
        } catch (RuntimeException | LinkageError e) {
            fail(provider, "id() or apiVersion() failed: " + oneLine(e));
            return;
        }
        String badId = EngineIdRule.refusal(id, engine.getClass().getName());
        if (badId != null) {
            fail(provider, badId);
            return;
        }
        if (apiVersion != ApiVersion.CURRENT) {
            failures.add(new ProviderFailure(provider, "engine '" + id + "' was built for API version " + apiVersion
                    + " but this harness speaks version " + ApiVersion.CURRENT
                    + "; rebuild it against api " + ApiVersion.CURRENT, id));
            return;
        }
        if (engines.containsKey(id)) {
            warn("engine id '" + id + "' is provided by both " + providerOfId.get(id) + " and " + provider
                    + "; using the first");
            return;
        }
        engines.put(id, engine);
        providerOfId.put(id, provider);
    }

    void fail(String provider, String reason) {
        failures.add(new ProviderFailure(provider, reason));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    Map<String, DiffEngine> engines() {
        return engines;
    }

    List<ProviderFailure> failures() {
        return failures;
    }

    List<String> warnings() {
        return warnings;
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
        String message = String.valueOf(e.getMessage()).replaceFirst("^\\S+: ", "");
        if (root == e) {
            return message;
        }
        String hint = root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError
                ? " (a class it needs is missing: a plugin jar must hold every library the engine uses but the api)"
                : "";
        return message + ": " + oneLine(root) + hint;
    }

    /** A throwable as {@code SimpleName: message} on one line. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return (e.getClass().getSimpleName() + message).replaceAll("\\s*\\R\\s*", " ");
    }
}
