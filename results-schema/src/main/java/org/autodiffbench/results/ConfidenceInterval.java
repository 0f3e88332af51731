package org.autodiffbench.results;

/**
 * An interval around a time per call, with what it claims and how it was made.
 *
 * @param level the confidence, e.g. 0.999
 * @param method how the interval was computed, e.g. {@code JMH Student-t over iterations}
 */
public record ConfidenceInterval(double lowNs, double highNs, double level, String method) {
}
