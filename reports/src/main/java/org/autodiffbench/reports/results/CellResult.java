package org.autodiffbench.reports.results;

import java.util.Map;

/**
 * One cell of a campaign: an engine with its options, on a model at a size, for one operator.
 * A cell that did not run or failed keeps its outcome and reason; missing numbers are null,
 * never zero.
 *
 * @param id a stable key of the cell within its campaign, used to resume a run
 * @param series the engine and its options as one label, e.g. {@code checkpointed[schedule=binomial,snapshots=8]}
 * @param maxRho the largest ρ(x, y) = |x − y| / max(1, |x| + |y|) against every reference
 * @param references which references the derivative was checked against (hand, reverse, finite differences)
 * @param ratioToPrimal median time over the primal's median time
 */
public record CellResult(String id, String engine, Map<String, String> options, String series, String model,
                         int size, String modelOptions, long params, String operator, Outcome outcome,
                         String reason, Double maxRho, Double tolerance, String references, Timing timing,
                         Double primalNs, Double handNs, Double ratioToPrimal, Double ratioToHand,
                         Long retainedBytes, Long sweeps, Long stageEvaluations, Long flops,
                         Map<String, Long> details, String jmhFile, String startedAt, String finishedAt) {

    public CellResult {
        options = options == null ? Map.of() : Map.copyOf(options);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The median time per call, or null when the cell has no timing. */
    public Double timeMedianNs() {
        return timing == null ? null : timing.medianNs();
    }

    /** {@code gc.alloc.rate.norm}, or null. */
    public Double allocBytesPerCall() {
        return timing == null ? null : timing.allocBytesPerCall();
    }
}
