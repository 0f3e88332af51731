package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How often to run a function for one {@code evaluate}: at least {@code min_runs} times and until
 * the runs have taken {@code min_seconds} in all, whichever is longer; once when the input has
 * neither field (a bare number, as in {@code hello}).
 */
record Runs(int minRuns, double minSeconds) {

    /** The fields of an evaluate input, as GradBench's {@code Runs} type names them. */
    static Runs of(JsonNode input) {
        if (input == null || !input.isObject()) {
            return new Runs(1, 0);
        }
        return new Runs(minRuns(input.get("min_runs")), minSeconds(input.get("min_seconds")));
    }

    /** Have {@code runs} runs taking {@code nanoseconds} in all done enough? */
    boolean done(int runs, long nanoseconds) {
        return runs >= minRuns && nanoseconds >= minSeconds * 1e9;
    }

    private static int minRuns(JsonNode field) {
        if (field == null) {
            return 1;
        }
        if (!field.canConvertToExactIntegral() || !field.canConvertToInt() || field.intValue() < 0) {
            throw new IllegalArgumentException("min_runs must be a whole number of runs, at least 0; was " + field);
        }
        return field.intValue();
    }

    private static double minSeconds(JsonNode field) {
        if (field == null) {
            return 0;
        }
        if (!field.isNumber() || !(field.doubleValue() >= 0) || Double.isInfinite(field.doubleValue())) {
            throw new IllegalArgumentException("min_seconds must be a finite number of seconds, at least 0; was "
                    + field);
        }
        return field.doubleValue();
    }
}
