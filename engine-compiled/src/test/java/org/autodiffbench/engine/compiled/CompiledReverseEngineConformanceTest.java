package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.eval.MatrixAdjointJacobian;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit on the compiled reverse engine: like the interpreted one, one primal per
 * call, then one adjoint sweep for a gradient or a vjp; a Jacobian is one sweep with matrix
 * adjoints when every node has a matrix-adjoint rule, else one per output.
 */
class CompiledReverseEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CompiledReverseEngine();
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long sweeps = switch (operator) {
            case VALUE -> 0;
            case JACOBIAN -> MatrixAdjointJacobian.applies(graph) ? 1 : graph.outputSize();
            default -> 1;
        };
        assertThat(statistics.adjointSweeps()).as("adjoint sweeps of %s", operator.label()).isEqualTo(sweeps);
        assertThat(statistics.tangentSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                .isEqualTo(graph.stageCount());
    }
}
