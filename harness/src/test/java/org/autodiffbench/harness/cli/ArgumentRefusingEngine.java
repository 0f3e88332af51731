package org.autodiffbench.harness.cli;

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

/**
 * A test engine that throws IllegalArgumentException in both places it can: from {@code prepare}
 * when given {@code strict=yes} (the user's input is refused), and from every gradient call (a
 * bug inside the engine). Found through a test service file.
 */
public final class ArgumentRefusingEngine implements DiffEngine {

    static final String ID = "argument-refusing";
    static final String PREPARE_MESSAGE = "option strict=yes refuses every graph; drop it";
    static final String CALL_MESSAGE = "gradient array has 2 entries, expected 3";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "refuses at prepare when strict, and throws IllegalArgumentException from every gradient";
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
    public List<OptionSpec> options() {
        return List.of(new OptionSpec("strict", "refuse every graph at prepare?", "no"));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        if (options.get("strict", "no").equals("yes")) {
            throw new IllegalArgumentException(PREPARE_MESSAGE);
        }
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
                throw new IllegalArgumentException(CALL_MESSAGE);
            }

            @Override
            public double gradient(double[] x, double[] gradient) {
                throw new IllegalArgumentException(CALL_MESSAGE);
            }

            @Override
            public CallStatistics statistics() {
                throw new IllegalStateException("no call made");
            }
        };
    }
}
