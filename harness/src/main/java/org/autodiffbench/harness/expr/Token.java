package org.autodiffbench.harness.expr;

/** One token of a formula: its kind, its text and the 1-based column where it starts. */
record Token(TokenKind kind, String text, int column) {

    /** How the token is quoted in an error message. */
    String quoted() {
        return "'" + text + "'";
    }
}
