package org.autodiffbench.api.registry;

/** A provider that could not be loaded or was refused, with the reason in one line. */
public record ProviderFailure(String provider, String reason) {

    @Override
    public String toString() {
        return provider + ": " + reason;
    }
}
