package org.autodiffbench.harness.testengines;

import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.registry.EngineRegistry;

/**
 * A forward-mode engine under an id of its own, as an outside author's plugin would be: it
 * prepares the built-in forward engine and declares forward mode. Reports must treat it exactly
 * as they treat {@code forward}.
 */
public final class ForwardModeTestEngine implements DiffEngine {

    public static final String ID = "forward-mode-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "a test engine: the forward engine under another id";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.FORWARD;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    /** The forward engine's operators; discovery asks before any engine can be looked up. */
    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(id(), options());
        return forward().prepare(graph, EngineOptions.none());
    }

    private static DiffEngine forward() {
        return EngineRegistry.discover(ForwardModeTestEngine.class.getClassLoader()).require("forward");
    }
}
