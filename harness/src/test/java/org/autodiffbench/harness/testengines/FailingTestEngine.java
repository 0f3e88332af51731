package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Throws from every gradient, as a buggy plugin might. */
public final class FailingTestEngine extends DelegatingTestEngine {

    public static final String ID = "failing-test";
    public static final String MESSAGE = "deliberate failure of a test engine";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        throw new IllegalStateException(MESSAGE);
    }
}
