package org.autodiffbench.results;

/**
 * An interval around a time per call, with what it claims, how it was made and how many
 * samples it rests on.
 *
 * @param level the confidence, e.g. 0.95
 * @param method how the interval was computed, e.g. {@code bootstrap percentile of the median, 2000 resamples}
 * @param samples the per-iteration times it was computed from; null when the file did not record it
 */
public record ConfidenceInterval(double lowNs, double highNs, double level, String method, Integer samples) {
}
