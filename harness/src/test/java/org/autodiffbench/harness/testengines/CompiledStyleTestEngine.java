package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.graph.Graph;

/**
 * Answers as the reverse engine does but declares itself compiled, under an id the reports have
 * never seen: a report must set it beside the interpreters by its declaration alone.
 */
public final class CompiledStyleTestEngine extends DelegatingTestEngine {

    public static final String ID = "compiled-style-test";

    @Override
    public String id() {
        return ID;
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
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }
}
