package org.autodiffbench.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a cell ended, GradBench-style; only {@link #OK} cells carry trusted timings. */
public enum Outcome {
    /** Derivatives agree and the timing is sound. */
    OK,
    /** The engine's derivative disagrees with a reference beyond the tolerance, or is not finite. */
    DISAGREES,
    /** The engine threw, ran out of memory or crashed; the reason says which. */
    FAILED,
    /** The cell ran past its time budget and was stopped. */
    TIMEOUT,
    /** The cell was not run: its estimated time exceeds the budget. */
    OVER_BUDGET,
    /** The engine does not offer the operator. */
    UNSUPPORTED;

    /** The lower-case, hyphenated name used in results files, e.g. {@code over-budget}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Outcome fromLabel(String label) {
        for (Outcome outcome : values()) {
            if (outcome.label().equals(label)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + label + "'");
    }
}
