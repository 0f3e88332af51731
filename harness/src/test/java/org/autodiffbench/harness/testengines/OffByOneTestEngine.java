package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Adds 1e-3 to the first gradient element: a finite, plausible, wrong answer. */
public final class OffByOneTestEngine extends DelegatingTestEngine {

    public static final String ID = "off-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        gradient[0] += 1e-3;
        return value;
    }
}
