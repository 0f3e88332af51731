package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit on the compiled forward engine: a gradient or a Jacobian takes n tangent
 * sweeps, a jvp one, and every call evaluates the primal, so every stage, once.
 */
class CompiledForwardEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CompiledForwardEngine();
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long sweeps = switch (operator) {
            case VALUE -> 0;
            case JVP -> 1;
            default -> graph.parameterCount();
        };
        assertThat(statistics.tangentSweeps()).as("tangent sweeps of %s", operator.label()).isEqualTo(sweeps);
        assertThat(statistics.adjointSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                .isEqualTo(graph.stageCount());
    }
}
