package org.autodiffbench.it.sample;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/**
 * An engine author's reverse mode, built on the api's adjoint sweep. The system property
 * {@value #REPEAT_PROPERTY} (default 1) makes each gradient call compute the gradient that many
 * times: the same cells, honestly slower, which is how the compare-gate test makes a regressed build.
 */
public final class SampleReverseEngine implements DiffEngine {

    static final String ID = "sample-reverse";
    static final String REPEAT_PROPERTY = "autodiffbench.sample.repeat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "reverse mode on the api's adjoint sweep, from a project outside autodiff-bench";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.REVERSE;
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
        options.requireKnown(ID, options());
        int repeat = Integer.getInteger(REPEAT_PROPERTY, 1);
        if (repeat < 1) {
            throw new IllegalArgumentException(REPEAT_PROPERTY + " must be at least 1, was " + repeat);
        }
        return new SampleReverseGradient(graph, repeat);
    }
}
