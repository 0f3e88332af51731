package org.autodiffbench.api.registry;

/** An engine asked for by a name that belongs to a provider that failed to load. */
public class FailedEngineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public FailedEngineException(String name, ProviderFailure failure) {
        super("engine '" + name + "' failed to load: " + failure);
    }
}
