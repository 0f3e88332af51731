package org.autodiffbench.results;

/**
 * The timing of one named baseline of a model, e.g. {@code hand-scalar}: a further hand-written
 * derivative timed beside the main one, drawn as a reference line, never a ratio's denominator.
 *
 * @param name        the baseline's name
 * @param description what it is, in one sentence; may be null
 */
public record NamedTiming(String name, String description, Timing timing) {
}
