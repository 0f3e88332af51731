package org.autodiffbench.results;

import org.autodiffbench.api.graph.Graph;

/**
 * What a model asks of an engine, read from its graph: f: Rⁿ → Rᵐ with n parameters and m
 * outputs, cut into stages (a chain a checkpointing engine can recompute), and the floating-point
 * work of one primal evaluation.
 *
 * @param outputs m; null when not recorded (results of schema 1 where no cell of the model showed it)
 * @param stages the stage count, 1 for a graph without stage boundaries; null when not recorded
 *     (results of schema 1 where no reverse-mode cell showed it)
 * @param primalFlops the primal's operation count; null when not recorded
 * @param sizeMeaning what the model's size counts, as its family names it at its options (e.g.
 *     "batch size B"), for a chart whose x axis is the size; null when not recorded (older results)
 */
public record Problem(long parameters, Long outputs, Integer stages, Long primalFlops, String sizeMeaning) {

    /** A problem whose size meaning is not recorded. */
    public Problem(long parameters, Long outputs, Integer stages, Long primalFlops) {
        this(parameters, outputs, stages, primalFlops, null);
    }

    /** The dimensions of a graph, as a cell or baseline records them, with what its size means. */
    public static Problem of(Graph graph, String sizeMeaning) {
        return new Problem(graph.parameterCount(), (long) graph.outputSize(), graph.stageCount(), graph.primalFlops(),
                sizeMeaning);
    }

    /** Is the model a chain of more than one stage, so that checkpointing applies? */
    public boolean staged() {
        return stages != null && stages > 1;
    }
}
