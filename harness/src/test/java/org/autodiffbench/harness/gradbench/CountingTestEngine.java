package org.autodiffbench.harness.gradbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.registry.EngineRegistry;

/**
 * The reverse engine behind a counter of preparations and closes, offering only the operators and
 * primitives it is told to; it records the options each preparation was given.
 */
final class CountingTestEngine implements DiffEngine {

    static final String ID = "counting-test";

    private final DiffEngine reverse = EngineRegistry.discover().require("reverse");
    private final Set<Operator> capabilities;
    private final Set<String> unsupportedPrimitives;
    final List<EngineOptions> preparedWith = new ArrayList<>();
    int closes;

    CountingTestEngine(Set<Operator> capabilities, Set<String> unsupportedPrimitives) {
        this.capabilities = capabilities;
        this.unsupportedPrimitives = unsupportedPrimitives;
    }

    /** Offers what reverse offers. */
    CountingTestEngine() {
        this(EngineRegistry.discover().require("reverse").capabilities(), Set.of());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "a test engine: reverse, counting its preparations";
    }

    @Override
    public String version() {
        return "1.2.3";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return capabilities;
    }

    @Override
    public Set<String> unsupportedPrimitives() {
        return unsupportedPrimitives;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec("colour", "ignored; shows that options reach prepare", "none"));
    }

    int prepares() {
        return preparedWith.size();
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        preparedWith.add(options);
        PreparedDiff prepared = reverse.prepare(graph, EngineOptions.none());
        return new PreparedDiff() {
            @Override
            public String engineId() {
                return ID;
            }

            @Override
            public Graph graph() {
                return graph;
            }

            @Override
            public void value(double[] x, double[] y) {
                prepared.value(x, y);
            }

            @Override
            public double gradient(double[] x, double[] gradient) {
                return prepared.gradient(x, gradient);
            }

            @Override
            public CallStatistics statistics() {
                return prepared.statistics();
            }

            @Override
            public void close() {
                closes++;
                prepared.close();
            }
        };
    }
}
