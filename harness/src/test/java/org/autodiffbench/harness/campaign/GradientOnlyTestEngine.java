package org.autodiffbench.harness.campaign;

import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** An engine that offers the gradient only, to plan against; reading a campaign never prepares it. */
final class GradientOnlyTestEngine implements DiffEngine {

    static final String ID = "gradient-only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "offers the gradient only";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return Set.of(Operator.VALUE, Operator.GRADIENT);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec("depth", "a number", "1"));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        throw new IllegalStateException("campaign tests only plan; they never prepare an engine");
    }
}
