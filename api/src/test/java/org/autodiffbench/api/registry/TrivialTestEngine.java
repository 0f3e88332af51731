package org.autodiffbench.api.registry;

import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** An engine that only exists to be discovered: the registry never prepares anything. */
public abstract class TrivialTestEngine implements DiffEngine {

    @Override
    public String id() {
        return "test-good";
    }

    @Override
    public String description() {
        return "A test provider for the registry tests.";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return Set.of(Operator.VALUE);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        throw new UnsupportedOperationException("test engine '" + id() + "' prepares nothing");
    }
}
