package org.autodiffbench.harness.expr;

/** The kinds of token in a formula. */
enum TokenKind {
    NUMBER,
    IDENTIFIER,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    CARET,
    LEFT_PAREN,
    RIGHT_PAREN,
    END
}
