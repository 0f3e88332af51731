package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Calls System.exit from a gradient, taking its JVM down. */
public final class ExitingTestEngine extends DelegatingTestEngine {

    public static final String ID = "exiting-test";
    public static final int STATUS = 7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        System.exit(STATUS);
        return value;
    }
}
