package org.autodiffbench.results;

/**
 * A cell's time set beside its model's baselines, the ratios computed here and only here:
 * reports read them, never divide again.
 *
 * @param primalSource {@code hand} or the id of the engine whose value() was timed as the primal
 * @param primalNs the primal's median time per call; null when it was not timed
 * @param handNs the hand-written derivative's median; null where the family has none
 * @param ratioToPrimal the cell's median over the primal's; null when either is missing
 * @param ratioToHand the cell's median over the hand-written derivative's; null when either is missing
 */
public record Baselines(String primalSource, Double primalNs, Double handNs, Double ratioToPrimal,
                        Double ratioToHand) {

    /** The baselines of a cell timed as {@code timing} (null if untimed) on a model whose baseline is {@code baseline}. */
    public static Baselines of(Baseline baseline, Timing timing) {
        Double primal = median(baseline.primal());
        Double hand = median(baseline.hand());
        Double time = median(timing);
        return new Baselines(baseline.primalSource(), primal, hand, ratio(time, primal), ratio(time, hand));
    }

    /** The hand-written derivative's median over the primal's, or null: what the hand derivative costs in primals. */
    public static Double handToPrimal(Baseline baseline) {
        return ratio(median(baseline.hand()), median(baseline.primal()));
    }

    private static Double median(Timing timing) {
        return timing == null ? null : timing.medianNs();
    }

    private static Double ratio(Double time, Double reference) {
        return time == null || reference == null || !(reference > 0) || !Double.isFinite(time) ? null
                : time / reference;
    }
}
