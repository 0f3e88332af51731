package org.autodiffbench.plugins.commonsmath;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit on the commons-math engine, with the default tolerance: one forward sweep
 * per derivative call, carrying all P directions for a gradient or a Jacobian and one for a jvp.
 */
class CommonsMathEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CommonsMathEngine();
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        assertThat(statistics.tangentSweeps()).as("tangent sweeps of %s", operator.label())
                .isEqualTo(operator == Operator.VALUE ? 0 : 1);
        assertThat(statistics.adjointSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).isEqualTo(graph.stageCount());
    }
}
