package org.autodiffbench.reports.compare;

/**
 * The comparison of one measurement present in the old run, the new run or both.
 *
 * @param ratio new median time ÷ old median time, or null when either is missing
 * @param pValue two-sided Mann–Whitney U p-value of the per-iteration samples, or null when not tested
 * @param note why the verdict is what it is, in a few words
 */
public record CellComparison(String key, Measurement oldMeasurement, Measurement newMeasurement, Double ratio,
                             Double pValue, Verdict verdict, String note) {
}
