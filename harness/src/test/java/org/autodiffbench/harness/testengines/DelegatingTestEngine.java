package org.autodiffbench.harness.testengines;

import java.util.EnumSet;
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
 * A test engine that answers like the reverse engine except where a subclass misbehaves on
 * purpose; a subclass that offers VJP or Jacobian gets reverse's, of the graph it sweeps. Test engines are registered only through {@link TestEnginePlugins}, never for the
 * whole test run, so other tests see the real engines only.
 */
public abstract class DelegatingTestEngine implements DiffEngine {

    @Override
    public String description() {
        return "a test engine: " + id();
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of();
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(id(), options());
        PreparedDiff reverse = EngineRegistry.discover(DelegatingTestEngine.class.getClassLoader()).require("reverse")
                .prepare(swept(graph), EngineOptions.none());
        return new PreparedDiff() {
            @Override
            public String engineId() {
                return id();
            }

            @Override
            public Graph graph() {
                return graph;
            }

            @Override
            public void value(double[] x, double[] y) {
                reverse.value(x, y);
                y[0] = misbehaveInValue(x, y[0]);
            }

            @Override
            public double gradient(double[] x, double[] gradient) {
                double f = misbehaveInValue(x, reverse.gradient(x, gradient));
                return misbehave(options, graph, f, gradient);
            }

            @Override
            public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
                reverse.vjp(x, u, y, xBar);
            }

            @Override
            public void jacobian(double[] x, double[] y, double[] jacobian) {
                reverse.jacobian(x, y, jacobian);
            }

            @Override
            public CallStatistics statistics() {
                return reverse.statistics();
            }
        };
    }

    /** What the subclass does to a correct gradient; returns the value to answer. */
    abstract double misbehave(EngineOptions options, Graph graph, double value, double[] gradient);

    /** The graph the reverse engine sweeps: the one asked for, unless a subclass changes it. */
    Graph swept(Graph graph) {
        return graph;
    }

    /** What the subclass does to the correct first output at x, in value and gradient calls alike. */
    double misbehaveInValue(double[] x, double value) {
        return value;
    }
}
