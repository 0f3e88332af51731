package org.autodiffbench.api;

/**
 * A graph uses a primitive the engine lacks; it refuses the graph rather than answer wrongly.
 * The harness records such a cell as unsupported, naming the primitive.
 */
public class UnsupportedPrimitiveException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    private final String engineId;
    private final String primitive;
    private final int nodeId;

    /**
     * @param primitive the primitive's name, as {@link DiffEngine#unsupportedPrimitives()} lists it
     * @param nodeId the first node of the graph that uses it
     */
    public UnsupportedPrimitiveException(String engineId, String primitive, int nodeId) {
        super("engine '" + engineId + "' lacks primitive '" + primitive + "' (used by node v" + nodeId
                + "); see 'autodiffbench engines' for the primitives each engine lacks");
        this.engineId = engineId;
        this.primitive = primitive;
        this.nodeId = nodeId;
    }

    /** The engine that lacks the primitive. */
    public String engineId() {
        return engineId;
    }

    /** The name of the primitive the engine lacks. */
    public String primitive() {
        return primitive;
    }

    /** The id of the first node that uses it. */
    public int nodeId() {
        return nodeId;
    }
}
