package org.autodiffbench.harness.testengines;

import java.util.Arrays;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/** Answers NaN for every gradient element. */
public final class NanTestEngine extends DelegatingTestEngine {

    public static final String ID = "nan-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        Arrays.fill(gradient, Double.NaN);
        return value;
    }
}
