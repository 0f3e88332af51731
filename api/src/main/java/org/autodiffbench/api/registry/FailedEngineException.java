package org.autodiffbench.api.registry;

/**
 * An engine asked for by a name that belongs to a provider that failed to load: as unknown as
 * any other engine that cannot be had, so every caller that handles an unknown engine handles it.
 */
public class FailedEngineException extends UnknownEngineException {

    private static final long serialVersionUID = 1L;

    public FailedEngineException(String name, ProviderFailure failure) {
        super("engine '" + name + "' failed to load: " + failure);
    }
}
