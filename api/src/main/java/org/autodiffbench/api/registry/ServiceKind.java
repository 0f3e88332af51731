package org.autodiffbench.api.registry;

/**
 * What plugin discovery needs to know of one service-provider interface: its type, the word for
 * its providers in messages, and how to read a provider's id and API version. Discovery of
 * engines and of model families is one machinery told by a kind which of the two it looks for.
 *
 * <p>A kind is a class with a public no-argument constructor: the plugin probe's JVM makes it
 * from its class name.
 *
 * @param <S> the service-provider interface
 */
public interface ServiceKind<S> {

    /** The interface whose providers are looked for. */
    Class<S> type();

    /** The word for one provider in messages, e.g. {@code "engine"} or {@code "model family"}. */
    String noun();

    /** The provider's id, unique among the providers of this kind. */
    String id(S provider);

    /** The API version the provider was built for; only {@link org.autodiffbench.api.ApiVersion#CURRENT} is admitted. */
    int apiVersion(S provider);

    /**
     * Reads everything of the provider that the harness will read, as the plugin probe does.
     *
     * @return what cannot be read, e.g. {@code "description() failed: …"}, or null when all of it can
     */
    String unreadable(S provider);

    /** What {@link #unreadable} says when {@code method} of a provider threw {@code e}: one line. */
    static String readFailure(String method, Throwable e) {
        return method + " failed: " + Discovery.oneLine(e);
    }

    /** The service file that lists a jar's providers of this kind. */
    default String serviceFile() {
        return "META-INF/services/" + type().getName();
    }
}
