package org.autodiffbench.results;

import java.nio.file.Path;

/**
 * A results file that is missing, empty, cut short or not a results file at all: what a run
 * stopped at a bad moment, a full disk or a wrong path leaves. A run's journal may still hold
 * its cells ({@link ResultsJournal}). A file of a schema version this build does not know is not
 * damaged and is refused with a plain {@link IllegalArgumentException}.
 */
public final class UnreadableResultsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String damage;

    private UnreadableResultsException(String message, String damage) {
        super(message);
        this.damage = damage;
    }

    static UnreadableResultsException missing(Path file) {
        return new UnreadableResultsException("no results file at " + file + "; give a results directory written by"
                + " 'autodiffbench run'", "missing");
    }

    static UnreadableResultsException empty(Path file) {
        return new UnreadableResultsException(file + " is empty, not a results file; a run that was stopped before"
                + " its first write leaves none: run the campaign again", "empty");
    }

    /**
     * @param at {@code " at line L, column C"} as {@link JsonProblemText#location} gives it, or empty
     * @param truncated whether the JSON ends before it is complete
     */
    static UnreadableResultsException malformed(Path file, String at, boolean truncated, String detail) {
        return new UnreadableResultsException("malformed results file " + file + at + ": " + detail,
                (truncated ? "truncated" : "malformed JSON") + at);
    }

    /** @param what what the file is instead, e.g. {@code is a JSON array (a JMH result file?)} */
    static UnreadableResultsException notResults(String source, String what) {
        return new UnreadableResultsException(source + " " + what + ", not a results file; give the results.json"
                + " that 'autodiffbench run' writes", "not a results file (it " + what + ")");
    }

    static UnreadableResultsException withoutSchemaVersion(String source) {
        return new UnreadableResultsException(source + " has no schemaVersion, so it is not a results file; give the"
                + " results.json that 'autodiffbench run' writes", "not a results file (it has no schemaVersion)");
    }

    /** What is wrong with the file in a few words, e.g. {@code empty} or {@code truncated at line 147, column 5}. */
    public String damage() {
        return damage;
    }
}
