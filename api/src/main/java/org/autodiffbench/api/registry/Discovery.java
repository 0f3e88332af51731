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
import java.nio.file.Path;
import org.autodiffbench.api.ApiVersion;

/**
 * What a discovery of one {@link ServiceKind} has found so far: the admitted providers, the
 * failed ones and the warnings. A provider is admitted when its id follows {@link EngineIdRule},
 * its API version is this harness's and no earlier provider has its id. Each provider is named by
 * its class, followed by where it came from when that is a plugin jar
 * ({@code "com.example.MyEngine in /plugins/my.jar"}).
 *
 * @param <S> the service-provider interface
 */
final class Discovery<S> {

    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    /** A guard against a service iterator that keeps failing on the same entry. */
    private static final int MAX_CONSECUTIVE_ERRORS = 1000;

    private final ServiceKind<S> kind;
    private final Map<String, S> admitted = new LinkedHashMap<>();
    private final Map<String, String> providerOfId = new HashMap<>();
    private final Map<String, Path> jarOfId = new HashMap<>();
    private final Set<Class<?>> seenClasses = new HashSet<>();
    private final List<ProviderFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private final ProviderWatch<S> pluginWatch;

    /** A discovery that makes every provider it finds. */
    Discovery(ServiceKind<S> kind) {
        this(kind, ProviderWatch.none());
    }

    /** A discovery that asks {@code pluginWatch} about each provider of a plugin jar before making it. */
    Discovery(ServiceKind<S> kind, ProviderWatch<S> pluginWatch) {
        this.kind = kind;
        this.pluginWatch = pluginWatch;
    }

    ServiceKind<S> kind() {
        return kind;
    }

    /**
     * Loads the providers {@link ServiceLoader} finds through {@code loader}. Those of a plugin jar
     * go past the plugin watch; those of the class path are trusted.
     *
     * @param jar the plugin jar {@code loader} reads, or null for the class path
     */
    void load(ClassLoader loader, Path jar) {
        String origin = origin(jar);
        ProviderWatch<S> watch = jar == null ? ProviderWatch.none() : pluginWatch;
        Iterator<ServiceLoader.Provider<S>> it = ServiceLoader.load(kind.type(), loader).stream().iterator();
        int consecutiveErrors = 0;
        while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
            ServiceLoader.Provider<S> found;
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
            S made;
            try {
                made = found.get();
            } catch (ServiceConfigurationError | LinkageError e) {
                watch.loaded(provider, null);
                fail(provider, reason(e));
                continue;
            }
            watch.loaded(provider, made);
            admit(made, jar);
        }
    }

    private static String origin(Path jar) {
        return jar == null ? "" : " in " + jar;
    }

    /**
     * Admits a provider unless it fails its checks. A plugin jar that lists a provider class the
     * parent class loader has already offered gets that same class back; it is the same provider
     * and is skipped without a word.
     *
     * @param jar the plugin jar the provider came from, or null for the class path
     */
    void admit(S made, Path jar) {
        if (!seenClasses.add(made.getClass()) && jar != null) {
            return;
        }
        String provider = made.getClass().getName() + origin(jar);
        String id;
        int apiVersion;
        try {
            id = kind.id(made);
            apiVersion = kind.apiVersion(made);
        } catch (RuntimeException | LinkageError e) {
            fail(provider, "id() or apiVersion() failed: " + oneLine(e));
            return;
        }
        String badId = EngineIdRule.refusal(kind.noun(), id, made.getClass().getName());
        if (badId != null) {
            fail(provider, badId);
            return;
        }
        if (apiVersion != ApiVersion.CURRENT) {
            failures.add(new ProviderFailure(provider, kind.noun() + " '" + id + "' was built for API version "
                    + apiVersion + " but this harness speaks version " + ApiVersion.CURRENT
                    + "; rebuild it against api " + ApiVersion.CURRENT, id));
            return;
        }
        if (admitted.containsKey(id)) {
            warn(kind.noun() + " id '" + id + "' is provided by both " + providerOfId.get(id) + " and " + provider
                    + "; using the first");
            return;
        }
        admitted.put(id, made);
        providerOfId.put(id, provider);
        if (jar != null) {
            jarOfId.put(id, jar);
        }
    }

    void fail(String provider, String reason) {
        failures.add(new ProviderFailure(provider, reason));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    Map<String, S> admitted() {
        return admitted;
    }

    /** The plugin jar of each admitted provider that came from one. */
    Map<String, Path> jars() {
        return jarOfId;
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
