package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * A peer that lacks tanh without declaring it: its preparation finds a tanh node and refuses
 * the graph, as a translation without an entry for it would. Other graphs it answers like reverse.
 */
public final class UndeclaredTanhTestEngine extends DelegatingTestEngine {

    public static final String ID = "undeclared-tanh-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        for (Node node : graph.nodes()) {
            if (!node.isInput() && node.primitive().name().equals("tanh")) {
                throw new UnsupportedPrimitiveException(ID, "tanh", node.id());
            }
        }
        return super.prepare(graph, options);
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }
}
