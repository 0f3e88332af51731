package org.autodiffbench.engine.reverse;

import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** Reverse mode: one taped forward sweep, then one adjoint sweep back per output direction. */
public final class ReverseEngine implements DiffEngine {

    public static final String ID = "reverse";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "reverse mode: one taped forward sweep, one adjoint sweep back; a Jacobian is built by rows reusing the tape";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.REVERSE;
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
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.VJP, Operator.JACOBIAN);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        return new AdjointTape(graph);
    }
}
