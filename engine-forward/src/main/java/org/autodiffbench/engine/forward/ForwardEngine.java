package org.autodiffbench.engine.forward;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** Forward mode: tangents swept with the primal, one sweep per block of {@code lanes} directions. */
public final class ForwardEngine implements DiffEngine {

    public static final String ID = "forward";
    static final String LANES = "lanes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "forward mode: tangents swept with the primal; a gradient takes n/lanes sweeps, a Jacobian is built by columns";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.FORWARD;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.INTERPRETED;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(LANES, "tangent directions carried per sweep (the primal is shared by them)", "1"));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        int lanes = options.getInt(LANES, 1, 1);
        return new TangentSweep(graph, Math.min(lanes, Math.max(1, graph.parameterCount())));
    }
}
