package org.autodiffbench.engine.compiled;

import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.api.graph.Graph;

/** Reverse mode compiled at prepare: the primal and adjoint programs of the graph as JVM code. */
public final class CompiledReverseEngine implements DiffEngine {

    public static final String ID = "compiled-reverse";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "reverse mode compiled to JVM code at prepare: one primal that keeps every value, one adjoint "
                + "sweep back; a Jacobian is one sweep back with matrix adjoints (diagonal, scaled or dense) when every "
                + "node has a matrix-adjoint rule, else built by rows reusing the values";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.REVERSE;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.COMPILED;
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
        return new CompiledAdjoints(GraphCompiler.compile(graph, EnumSet.of(Sweep.ADJOINT)));
    }
}
