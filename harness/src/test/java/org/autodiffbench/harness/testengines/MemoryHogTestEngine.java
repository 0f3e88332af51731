package org.autodiffbench.harness.testengines;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Holds on to ever more memory in a gradient until the heap runs out. */
public final class MemoryHogTestEngine extends DelegatingTestEngine {

    public static final String ID = "hog-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        List<double[]> held = new ArrayList<>();
        while (held.size() >= 0) {
            held.add(new double[1 << 20]);
        }
        return value + held.size();
    }
}
