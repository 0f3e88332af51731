package org.autodiffbench.harness.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.harness.expr.Expression.Binary;
import org.autodiffbench.harness.expr.Expression.Call;
import org.autodiffbench.harness.expr.Expression.Literal;
import org.autodiffbench.harness.expr.Expression.Negation;
import org.autodiffbench.harness.expr.Expression.Variable;

/**
 * A recursive-descent parser for formulas such as {@code ln(x1) + x1*x2 - sin(x2)}.
 *
 * <pre>
 * sum      = product (("+" | "-") product)*
 * product  = unary (("*" | "/") unary)*
 * unary    = "-" unary | power
 * power    = primary ("^" unary)?          right-associative; -x^2 is -(x^2), 2^-1 is 2^(-1)
 * primary  = number | variable | function "(" sum ")" | "(" sum ")"
 * </pre>
 *
 * An identifier followed by {@code (} is a function call; function names cannot be variables.
 * Sums and products are read by loops, so a formula of any length parses; nesting is what
 * recurses, and it stops at {@link #MAX_NESTING} levels.
 */
public final class ExpressionParser {

    /**
     * How many levels a formula may nest: each parenthesis, function call, unary minus and
     * {@code ^} opens one. Deeper formulas are refused before the parser's recursion could
     * overflow the stack; a long flat sum or product does not nest and has no limit.
     */
    public static final int MAX_NESTING = 500;

    private final String source;
    private final List<Token> tokens;
    private final Set<String> variables = new LinkedHashSet<>();
    private int index;
    private int depth;

    private ExpressionParser(String source) {
        this.source = source;
        this.tokens = Tokenizer.tokenize(source);
    }

    /**
     * Parses a formula.
     *
     * @throws ParseException naming the problem and its column
     */
    public static Formula parse(String source) {
        if (source.isBlank()) {
            throw new ParseException("empty expression", "write a formula such as \"sin(x)*y\"", source, 1);
        }
        ExpressionParser parser = new ExpressionParser(source);
        Expression root = parser.sum();
        Token rest = parser.peek();
        if (rest.kind() != TokenKind.END) {
            throw parser.unexpected(rest);
        }
        return new Formula(source, root, List.copyOf(parser.variables));
    }

    private Expression sum() {
        Expression left = product();
        while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
            BinaryOperator op = advance().kind() == TokenKind.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new Binary(op, left, product());
        }
        return left;
    }

    private Expression product() {
        Expression left = unary();
        while (peek().kind() == TokenKind.STAR || peek().kind() == TokenKind.SLASH) {
            BinaryOperator op = advance().kind() == TokenKind.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = new Binary(op, left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (peek().kind() == TokenKind.MINUS) {
            enterLevel(advance());
            Expression operand = unary();
            leaveLevel();
            return operand instanceof Literal literal ? new Literal(-literal.value()) : new Negation(operand);
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (peek().kind() == TokenKind.CARET) {
            enterLevel(advance());
            Expression exponent = unary();
            leaveLevel();
            return new Binary(BinaryOperator.POWER, base, exponent);
        }
        return base;
    }

    private Expression primary() {
        Token token = advance();
        switch (token.kind()) {
            case NUMBER:
                return new Literal(Double.parseDouble(token.text()));
            case LEFT_PAREN: {
                enterLevel(token);
                Expression inner = sum();
                expectClosingParenthesis();
                leaveLevel();
                return inner;
            }
            case IDENTIFIER:
                return identifier(token);
            case END:
                throw new ParseException("unexpected end of formula",
                        "expected a number, a variable, a function or '('", source, token.column());
            default:
                throw unexpected(token);
        }
    }

    private Expression identifier(Token token) {
        String name = token.text();
        boolean call = peek().kind() == TokenKind.LEFT_PAREN;
        MathFunction function = MathFunction.named(name).orElse(null);
        if (call && function == null) {
            throw new ParseException("unknown function '" + name + "'", "known functions: " + MathFunction.known(),
                    source, token.column());
        }
        if (!call && function != null) {
            Token next = peek();
            throw new ParseException("expected '(' after '" + name + "'", "a function name cannot be a variable",
                    source, next.column());
        }
        if (!call) {
            variables.add(name);
            return new Variable(name);
        }
        advance();
        enterLevel(token);
        Expression argument = sum();
        expectClosingParenthesis();
        leaveLevel();
        return new Call(function, argument);
    }

    /** One level deeper, opened by {@code opener}; refused beyond {@link #MAX_NESTING}. */
    private void enterLevel(Token opener) {
        if (++depth > MAX_NESTING) {
            throw new ParseException("the formula nests more than " + MAX_NESTING + " levels deep",
                    "parentheses, function calls, unary minus and ^ each open a level and the limit is "
                            + MAX_NESTING + "; write the formula with fewer levels",
                    source, opener.column());
        }
    }

    private void leaveLevel() {
        depth--;
    }

    private void expectClosingParenthesis() {
        Token token = advance();
        if (token.kind() != TokenKind.RIGHT_PAREN) {
            String found = token.kind() == TokenKind.END ? "" : " but found " + token.quoted();
            throw new ParseException("expected ')'" + found, null, source, token.column());
        }
    }

    private ParseException unexpected(Token token) {
        return new ParseException("unexpected " + token.quoted(), null, source, token.column());
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.END) {
            index++;
        }
        return token;
    }
}
