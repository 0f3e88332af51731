package org.autodiffbench.tck.broken;

import org.autodiffbench.api.graph.Node;
import org.autodiffbench.tck.TangentTestEngine;

/** Throws on a NaN value instead of returning it. */
public class ThrowingOnNanEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-throwing-on-nan";
    }

    @Override
    protected void computed(Node node, double[] out) {
        for (double value : out) {
            if (Double.isNaN(value)) {
                throw new ArithmeticException(node.primitive().name() + " gave NaN");
            }
        }
    }
}
