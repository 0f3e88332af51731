package org.autodiffbench.harness.expr;

/**
 * A formula that cannot be parsed. The message names the problem, its 1-based column and, where
 * it helps, what to write instead: {@code unknown function 'foo' at column 1; known functions: …}.
 * {@link #located()} also quotes the formula after the column.
 */
public final class ParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;
    private final String source;
    private final int column;

    /**
     * @param problem what is wrong, e.g. {@code expected ')'}
     * @param hint what to do, or null
     */
    ParseException(String problem, String hint, String source, int column) {
        super(problem + (source.isBlank() ? "" : " at column " + column) + (hint == null ? "" : "; " + hint));
        this.problem = problem;
        this.hint = hint;
        this.source = source;
        this.column = column;
    }

    /** The formula that failed to parse. */
    public String source() {
        return source;
    }

    /** The 1-based column of the problem; one past the end for a formula that stops too early. */
    public int column() {
        return column;
    }

    /** The message with the formula quoted, e.g. {@code expected ')' at column 6 in "sin(x"}. */
    public String located() {
        String where = source.isBlank() ? "" : " at column " + column + " in \"" + source + "\"";
        return problem + where + (hint == null ? "" : "; " + hint);
    }
}
