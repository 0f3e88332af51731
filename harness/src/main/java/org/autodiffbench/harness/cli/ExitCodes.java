package org.autodiffbench.harness.cli;

/** The exit codes of the command line. */
final class ExitCodes {

    /** Every answer agrees (or, for commands that compare nothing, success). */
    static final int AGREE = 0;
    /**
     * Answers disagree, one is NaN or infinite, an engine failed, an engine provider failed to load
     * ({@code engines}), or a schedule misses its formula.
     */
    static final int DISAGREE = 1;
    /** The input was wrong; a one-line message says what to change. */
    static final int BAD_INPUT = 2;
    /** A bug: something failed that should not have. */
    static final int INTERNAL = 3;
    /** {@code merge}: the shards were joined and written, but cells of the campaign have no result. */
    static final int INCOMPLETE = 4;

    private ExitCodes() {
    }
}
