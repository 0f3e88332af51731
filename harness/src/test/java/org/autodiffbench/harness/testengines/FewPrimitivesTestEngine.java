package org.autodiffbench.harness.testengines;

import java.util.Set;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.graph.Graph;

/**
 * A peer that translates only the primitives of the worked example (log, mul, add, sub, sin)
 * and declares every other lacking; on the graphs it takes, it answers like reverse.
 */
public final class FewPrimitivesTestEngine extends DelegatingTestEngine {

    public static final String ID = "few-primitives-test";
    public static final Set<String> TRANSLATED = Set.of("log", "mul", "add", "sub", "sin");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> unsupportedPrimitives() {
        return PrimitiveSupport.lacking(p -> TRANSLATED.contains(p.name()));
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }
}
