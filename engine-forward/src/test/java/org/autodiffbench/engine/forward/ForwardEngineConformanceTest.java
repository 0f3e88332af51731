package org.autodiffbench.engine.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit on the forward engine with one lane: a gradient or a Jacobian takes
 * ⌈n / lanes⌉ tangent sweeps, a jvp one, and every sweep evaluates every stage once.
 */
class ForwardEngineConformanceTest extends DiffEngineConformanceTest {

    /** Tangent directions per sweep. */
    int lanes() {
        return 1;
    }

    @Override
    protected DiffEngine engine() {
        return new ForwardEngine();
    }

    @Override
    protected EngineOptions options() {
        return EngineOptions.of(Map.of("lanes", String.valueOf(lanes())));
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        int n = graph.parameterCount();
        long sweeps = switch (operator) {
            case VALUE -> 0;
            case JVP -> 1;
            default -> (n + lanes() - 1) / lanes();
        };
        assertThat(statistics.tangentSweeps()).as("tangent sweeps of %s with n = %d", operator.label(), n)
                .isEqualTo(sweeps);
        assertThat(statistics.adjointSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                .isEqualTo(Math.max(1, sweeps) * graph.stageCount());
    }
}
