package org.autodiffbench.harness.expr;

/**
 * A formula that cannot be parsed. The message names the problem, its 1-based column and, where
 * it helps, what to write instead: {@code unknown function 'foo' at column 1; known functions: …}.
 * {@link #located()} also quotes the formula after the column, or for a long formula the
 * stretch around the column.
 */
public final class ParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Formulas up to this length are quoted whole; of longer ones, this much around the column. */
    private static final int QUOTED_LENGTH = 60;

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

    /**
     * The message with the formula quoted, e.g. {@code expected ')' at column 6 in "sin(x"}; a
     * formula longer than {@value #QUOTED_LENGTH} characters is quoted around the column, with
     * {@code …} for what is left out.
     */
    public String located() {
        String where = source.isBlank() ? "" : " at column " + column + " in \"" + quoted() + "\"";
        return problem + where + (hint == null ? "" : "; " + hint);
    }

    private String quoted() {
        if (source.length() <= QUOTED_LENGTH) {
            return source;
        }
        int from = Math.max(0, Math.min(column - 1 - QUOTED_LENGTH / 2, source.length() - QUOTED_LENGTH));
        int to = from + QUOTED_LENGTH;
        return (from > 0 ? "…" : "") + source.substring(from, to) + (to < source.length() ? "…" : "");
    }
}
