package org.autodiffbench.api.registry;

/** Finds the failure a registry reports for one provider, or fails the test naming what it has. */
final class RegistryFailures {

    private RegistryFailures() {
    }

    static ProviderFailure failureOf(EngineRegistry registry, String provider) {
        return registry.failures().stream().filter(f -> f.provider().equals(provider)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure reported for " + provider + " in "
                        + registry.failures()));
    }
}
