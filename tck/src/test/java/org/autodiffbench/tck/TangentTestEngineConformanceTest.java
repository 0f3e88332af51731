package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;

/** The kit passes a correct engine, with exact sweep counts checked through the statistics hook. */
class TangentTestEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new TangentTestEngine();
    }

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long expected = switch (operator) {
            case VALUE -> 0;
            case JVP -> 1;
            default -> graph.parameterCount();
        };
        assertThat(statistics.tangentSweeps()).as("tangent sweeps of %s", operator.label()).isEqualTo(expected);
        assertThat(statistics.adjointSweeps()).isZero();
    }
}
