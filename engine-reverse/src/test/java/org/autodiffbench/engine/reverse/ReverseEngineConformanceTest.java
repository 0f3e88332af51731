package org.autodiffbench.engine.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit on the reverse engine: one taped forward sweep per call, then one
 * adjoint sweep for a gradient or a vjp and one per output for a Jacobian.
 */
class ReverseEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new ReverseEngine();
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long sweeps = switch (operator) {
            case VALUE -> 0;
            case JACOBIAN -> graph.outputSize();
            default -> 1;
        };
        assertThat(statistics.adjointSweeps()).as("adjoint sweeps of %s", operator.label()).isEqualTo(sweeps);
        assertThat(statistics.tangentSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                .isEqualTo(graph.stageCount());
    }
}
