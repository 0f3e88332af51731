package org.autodiffbench.api;

import java.util.Map;

/**
 * What one call of a prepared engine did.
 *
 * @param tangentSweeps forward sweeps that carried tangents (a forward gradient makes n/lanes of them)
 * @param adjointSweeps reverse sweeps that carried adjoints (a reverse gradient makes one)
 * @param stageEvaluations evaluations of a stage's primal, taped or not; a graph without stages has one stage
 * @param retainedBytes the peak bytes kept alive to differentiate: primal values stored for the
 *     reverse sweep (tape, snapshots) plus the tangent or adjoint buffers of intermediate nodes
 * @param flops floating-point operations of the kernels actually run, primal and derivative
 * @param details engine-specific counters, e.g. snapshots taken by a checkpointing engine
 */
public record CallStatistics(long tangentSweeps, long adjointSweeps, long stageEvaluations, long retainedBytes,
                             long flops, Map<String, Long> details) {

    public CallStatistics {
        details = Map.copyOf(details);
    }

    /** Derivative sweeps of either direction. */
    public long sweeps() {
        return tangentSweeps + adjointSweeps;
    }
}
