package org.autodiffbench.api.registry;

/** An engine id that no loaded provider has. */
public class UnknownEngineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownEngineException(String id, java.util.Collection<String> available) {
        super("unknown engine '" + id + "'; available engines: " + String.join(", ", available)
                + " (run 'autodiffbench engines' for details)");
    }

    /** An engine that cannot be had for another reason the message gives. */
    protected UnknownEngineException(String message) {
        super(message);
    }
}
