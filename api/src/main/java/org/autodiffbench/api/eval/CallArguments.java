package org.autodiffbench.api.eval;

import org.autodiffbench.api.graph.Graph;

/** The checks every prepared call makes of its arguments, with messages that say what was expected. */
public final class CallArguments {

    private CallArguments() {
    }

    /** Refuses an array whose length is not {@code expected}. */
    public static void requireLength(String what, double[] array, long expected) {
        if (array.length != expected) {
            throw new IllegalArgumentException(what + " array has " + array.length + " entries, expected " + expected);
        }
    }

    /** Refuses a gradient of a graph that does not compute one scalar. */
    public static void requireScalarOutput(Graph graph) {
        if (!graph.hasScalarOutput()) {
            throw new IllegalArgumentException("gradient needs a scalar output; this graph has "
                    + graph.outputSize() + " outputs (use jacobian)");
        }
    }
}
