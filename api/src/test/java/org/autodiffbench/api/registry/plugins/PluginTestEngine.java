package org.autodiffbench.api.registry.plugins;

import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/**
 * The base of the engines packed into plugin jars by the plugin-folder tests; the jars carry
 * this class too, so a plugin's classes all come from its jar.
 */
public abstract class PluginTestEngine implements DiffEngine {

    @Override
    public String description() {
        return "A test provider packed into a plugin jar.";
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
