package com.example.cd;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;
import org.autodiffbench.tck.Tolerance;

/**
 * The conformance kit on central differences. Their error is O(h²) plus rounding of about
 * ε·|f|/h: 5e-10 at worst on the kit's graphs with h = 1e-5, so exact references are held to
 * ρ ≤ 1e-8 instead of 1e-12.
 */
class CentralDifferencesConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CentralDifferencesEngine();
    }

    @Override
    protected Tolerance tolerance() {
        return Tolerance.DEFAULT.withExact(1e-8);
    }

    /** One tangent sweep per input for a gradient or a Jacobian, one for a jvp. */
    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long sweeps = switch (operator) {
            case VALUE -> 0;
            case JVP -> 1;
            default -> graph.parameterCount();
        };
        assertThat(statistics.tangentSweeps()).as("tangent sweeps of %s", operator.label()).isEqualTo(sweeps);
        assertThat(statistics.stageEvaluations()).isEqualTo((2 * sweeps + 1) * graph.stageCount());
    }
}
