package org.autodiffbench.tck;

import java.util.Set;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.graph.Graph;

/** The tangent engine as a peer without tan: it declares tan lacking and refuses graphs that use it. */
public class LackingTanTestEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-lacking-tan";
    }

    @Override
    public Set<String> unsupportedPrimitives() {
        return Set.of("tan");
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        PrimitiveSupport.require(this, graph);
        return super.prepare(graph, options);
    }
}
