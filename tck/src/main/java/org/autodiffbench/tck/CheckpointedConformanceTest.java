package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;

/**
 * The conformance kit for a checkpointing engine, interpreted or compiled, with its default
 * options: one run of the schedule per adjoint sweep (one for a gradient or a vjp, one per output
 * for a Jacobian), and each run tapes every stage once and may recompute some; a graph without
 * stages is taped once per run.
 */
public abstract class CheckpointedConformanceTest extends DiffEngineConformanceTest {

    @Override
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
        long runs = switch (operator) {
            case VALUE -> 0;
            case JACOBIAN -> graph.outputSize();
            default -> 1;
        };
        assertThat(statistics.adjointSweeps()).as("adjoint sweeps of %s", operator.label()).isEqualTo(runs);
        assertThat(statistics.tangentSweeps()).isZero();
        long stages = graph.stageCount();
        if (operator == Operator.VALUE || stages == 1) {
            assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                    .isEqualTo(Math.max(1, runs) * stages);
        } else {
            assertThat(statistics.stageEvaluations()).as("stage evaluations of %s", operator.label())
                    .isGreaterThanOrEqualTo(runs * stages);
        }
    }
}
