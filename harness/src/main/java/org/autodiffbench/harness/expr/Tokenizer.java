package org.autodiffbench.harness.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into tokens: numbers such as {@code 2}, {@code .5}, {@code 1e-3}; identifiers;
 * the operators {@code + - * / ^}; parentheses. Whitespace separates tokens and is dropped.
 */
final class Tokenizer {

    private final String source;
    private int pos;

    private Tokenizer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}, ending with an {@link TokenKind#END} token one column past the end. */
    static List<Token> tokenize(String source) {
        return new Tokenizer(source).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
                pos++;
            }
            if (pos == source.length()) {
                tokens.add(new Token(TokenKind.END, "", pos + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (isIdentifierStart(c)) {
            while (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
                pos++;
            }
            return new Token(TokenKind.IDENTIFIER, source.substring(start, pos), start + 1);
        }
        TokenKind kind = switch (c) {
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '^' -> TokenKind.CARET;
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            default -> throw new ParseException("unexpected character '" + c + "'",
                    "use numbers, variables, + - * / ^, parentheses and functions", source, start + 1);
        };
        pos++;
        return new Token(kind, String.valueOf(c), start + 1);
    }

    /** digits [. digits] [e [+-] digits], or . digits [e …]. */
    private Token number() {
        int start = pos;
        int mantissaDigits = skipDigits();
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            mantissaDigits += skipDigits();
        }
        boolean wellFormed = mantissaDigits > 0;
        if (wellFormed && pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            pos++;
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                pos++;
            }
            wellFormed = skipDigits() > 0;
        }
        String text = source.substring(start, pos);
        if (!wellFormed) {
            throw new ParseException("malformed number '" + text + "'", "write numbers like 2, 0.5, .5 or 1e-3",
                    source, start + 1);
        }
        return new Token(TokenKind.NUMBER, text, start + 1);
    }

    private int skipDigits() {
        int start = pos;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
