package org.autodiffbench.reports.results;

/**
 * The reference timings of one model at one size, shared by every engine's cell on it: the
 * primal (the hand-written one where the family has it, else the reverse engine's value), and
 * the hand-written derivative where it exists.
 *
 * @param primalSource "hand" or the id of the engine whose value() was timed
 */
public record Baseline(String model, int size, String modelOptions, long params, String primalSource,
                       Timing primal, Timing hand, String note) {

    /** The key cells use to find their baseline. */
    public String key() {
        return model + "|" + size + "|" + modelOptions;
    }
}
