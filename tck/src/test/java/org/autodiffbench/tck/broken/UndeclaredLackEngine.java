package org.autodiffbench.tck.broken;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.tck.TangentTestEngine;

/** Refuses every graph that uses tan, but claims to lack nothing. */
public class UndeclaredLackEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-undeclared-lack";
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        for (Node node : graph.nodes()) {
            if (!node.isInput() && node.primitive().name().equals("tan")) {
                throw new UnsupportedPrimitiveException(id(), "tan", node.id());
            }
        }
        return super.prepare(graph, options);
    }
}
