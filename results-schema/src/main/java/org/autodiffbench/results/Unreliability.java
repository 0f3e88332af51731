package org.autodiffbench.results;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One reason not to trust a cell's timing as a measurement, e.g. {@code load 3.1 on 2 CPUs at
 * start} or {@code spread: (max − min)/median 0.46 over 3 samples}. A flagged cell is still ok
 * and charted; reports mark it, and a scaling law that rests on it is not stated.
 *
 * @param cause what made the timing unreliable
 * @param reason the figures, in words
 */
public record Unreliability(Cause cause, String reason) {

    /** What makes a timing unreliable. */
    public enum Cause {
        /** The machine had more runnable threads than CPUs when the cell started or ended. */
        LOAD,
        /** The iterations differ from each other by too much for their median to stand for them. */
        SPREAD;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
