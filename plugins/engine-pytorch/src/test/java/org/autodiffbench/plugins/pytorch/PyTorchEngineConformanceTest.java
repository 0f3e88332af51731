package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.DiffEngineConformanceTest;

/**
 * The conformance kit against libtorch, at the kit's default tolerance. libtorch's float64
 * kernels round differently from {@code java.lang.Math} and sum in another order, but little:
 * against the api's kernels ρ is at most 2e-16 on single primitives and 1.7e-15 on mlp-width's
 * gradient at w = 1024, far inside the kit's 1e-12.
 */
class PyTorchEngineConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new PyTorchEngine();
    }

    /** One recording per call, one backward pass per gradient or VJP, m per Jacobian, no tangents. */
    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        assertThat(statistics.tangentSweeps()).isZero();
        assertThat(statistics.stageEvaluations()).isEqualTo(graph.stageCount());
        long backwardPasses = switch (operator) {
            case VALUE -> 0;
            case GRADIENT, VJP -> 1;
            case JACOBIAN -> graph.outputSize();
            case JVP -> throw new AssertionError("pytorch does not offer jvp");
        };
        assertThat(statistics.adjointSweeps()).as("backward passes of %s", operator.label()).isEqualTo(backwardPasses);
        assertThat(statistics.flops()).isPositive();
    }
}
