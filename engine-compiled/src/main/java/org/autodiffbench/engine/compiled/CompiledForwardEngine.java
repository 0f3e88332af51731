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

/** Forward mode compiled at prepare: the primal and tangent programs of the graph as JVM code. */
public final class CompiledForwardEngine implements DiffEngine {

    public static final String ID = "compiled-forward";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "forward mode compiled to JVM code at prepare: the primal once, then one tangent sweep per "
                + "direction over the stored values; a Jacobian is built by columns";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.FORWARD;
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
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        return new CompiledTangents(GraphCompiler.compile(graph, EnumSet.of(Sweep.TANGENT)));
    }
}
