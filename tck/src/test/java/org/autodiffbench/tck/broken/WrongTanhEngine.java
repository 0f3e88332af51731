package org.autodiffbench.tck.broken;

import org.autodiffbench.api.graph.Node;
import org.autodiffbench.tck.TangentTestEngine;

/** Differentiates tanh as 1 − y instead of 1 − y², and every other primitive right. */
public class WrongTanhEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-wrong-tanh";
    }

    @Override
    protected double[] tangent(Node node, double[][] operands, double[] out, double[][] tangents) {
        if (!node.primitive().name().equals("tanh")) {
            return super.tangent(node, operands, out, tangents);
        }
        double[] tangentOut = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            tangentOut[i] = (1 - out[i]) * tangents[0][i];
        }
        return tangentOut;
    }
}
