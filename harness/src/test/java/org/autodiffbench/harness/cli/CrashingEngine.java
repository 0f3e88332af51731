package org.autodiffbench.harness.cli;

import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** A test engine whose gradient throws, as a buggy plugin might; found through a test service file. */
public final class CrashingEngine implements DiffEngine {

    @Override
    public String id() {
        return "crashing";
    }

    @Override
    public String description() {
        return "throws on every gradient";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return Set.of(Operator.GRADIENT);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        return new PreparedDiff() {
            @Override
            public String engineId() {
                return "crashing";
            }

            @Override
            public Graph graph() {
                return graph;
            }

            @Override
            public void value(double[] x, double[] y) {
                throw new IllegalStateException("tape overflow");
            }

            @Override
            public double gradient(double[] x, double[] gradient) {
                throw new IllegalStateException("tape overflow");
            }

            @Override
            public CallStatistics statistics() {
                throw new IllegalStateException("no call made");
            }
        };
    }
}
