package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Never returns from a gradient, and ignores interrupts. */
public final class HangingTestEngine extends DelegatingTestEngine {

    public static final String ID = "hanging-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        long spins = 0;
        while (spins >= 0) {
            spins++;
            Thread.onSpinWait();
        }
        return value;
    }
}
