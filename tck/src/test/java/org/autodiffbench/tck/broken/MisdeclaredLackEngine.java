package org.autodiffbench.tck.broken;

import java.util.Set;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.tck.TangentTestEngine;

/**
 * Declares tan and cos lacking, yet prepares graphs that use tan and computes them, and refuses
 * those that use cos with an IllegalArgumentException instead of naming the primitive.
 */
public class MisdeclaredLackEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-misdeclared-lack";
    }

    @Override
    public Set<String> unsupportedPrimitives() {
        return Set.of("tan", "cos");
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        for (Node node : graph.nodes()) {
            if (!node.isInput() && node.primitive().name().equals("cos")) {
                throw new IllegalArgumentException("no cos here");
            }
        }
        return super.prepare(graph, options);
    }
}
