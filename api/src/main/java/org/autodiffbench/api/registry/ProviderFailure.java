package org.autodiffbench.api.registry;

/**
 * A provider that could not be loaded or was refused, with the reason in one line.
 *
 * @param provider the provider's class, followed by {@code " in <jar>"} for a plugin; or a plugin folder or jar
 * @param engineId the id the provider declared, or null when it was never read (or is not allowed)
 */
public record ProviderFailure(String provider, String reason, String engineId) {

    /** A failure of a provider whose id is not known. */
    public ProviderFailure(String provider, String reason) {
        this(provider, reason, null);
    }

    /**
     * Does {@code name} name this provider: its engine id, its class's full or simple name, or
     * the whole provider as listed?
     */
    public boolean isNamed(String name) {
        String className = provider.contains(" in ") ? provider.substring(0, provider.indexOf(" in ")) : provider;
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return name.equals(engineId) || name.equals(provider) || name.equals(className) || name.equals(simpleName);
    }

    @Override
    public String toString() {
        return provider + ": " + reason;
    }
}
