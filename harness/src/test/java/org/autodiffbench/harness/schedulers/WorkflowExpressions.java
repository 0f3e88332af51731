package org.autodiffbench.harness.schedulers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GitHub Actions' expression language ({@code ${{ … }}}) that a workflow run locally
 * needs: context references such as {@code matrix.shard} or {@code needs.plan.outputs.shards},
 * string, number and boolean literals, {@code ==}, {@code !=}, {@code !}, {@code &&} and
 * {@code ||} with GitHub's truthiness, {@code fromJSON(…)}, and the status functions
 * {@code always()}, {@code success()}, {@code failure()}, {@code cancelled()}. Anything else is
 * refused, so that a workflow using it cannot pass a local run by accident.
 */
final class WorkflowExpressions {

    private static final Pattern EMBEDDED = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an expression looks things up. */
    interface Scope {

        /** The context of this name ({@code inputs}, {@code matrix}, {@code needs}, …), or null. */
        JsonNode context(String name);

        /** Has no earlier step (or needed job) failed or been cancelled? */
        boolean succeeded();

        /** Was the run cancelled? */
        boolean cancelled();
    }

    private final Scope scope;

    WorkflowExpressions(Scope scope) {
        this.scope = scope;
    }

    /** A value with every embedded expression replaced by its text. */
    String substitute(String text) {
        Matcher matcher = EMBEDDED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(text(evaluate(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A value that is one expression as its JSON value (an array stays an array); other text as text. */
    JsonNode value(String text) {
        Matcher matcher = EMBEDDED.matcher(text.strip());
        if (matcher.matches()) {
            return evaluate(matcher.group(1));
        }
        return TextNode.valueOf(substitute(text));
    }

    /** An {@code if:} condition, with or without {@code ${{ }}}; a missing one means {@code success()}. */
    boolean condition(String text) {
        if (text == null) {
            return scope.succeeded();
        }
        String expression = text.strip();
        Matcher matcher = EMBEDDED.matcher(expression);
        if (matcher.matches()) {
            expression = matcher.group(1);
        }
        return truthy(evaluate(expression));
    }

    JsonNode evaluate(String expression) {
        Parser parser = new Parser(expression);
        JsonNode value = parser.or();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.refusal("unexpected text");
        }
        return value;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble())) {
            return Long.toString((long) value.asDouble());
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.asDouble() != 0;
        }
        return !value.isTextual() || !value.textValue().isEmpty();
    }

    /** GitHub compares loosely: strings case-insensitively, mixed types as numbers. */
    private static boolean looselyEqual(JsonNode a, JsonNode b) {
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equalsIgnoreCase(b.textValue());
        }
        if (a.getNodeType() == b.getNodeType()) {
            return a.equals(b);
        }
        return asNumber(a) == asNumber(b);
    }

    private static double asNumber(JsonNode value) {
        if (value.isNull()) {
            return 0;
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        String text = value.asText().strip();
        try {
            return text.isEmpty() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Recursive descent over one expression, lowest precedence first. */
    private final class Parser {

        private final String source;
        private int at;

        Parser(String source) {
            this.source = source;
        }

        JsonNode or() {
            JsonNode left = and();
            while (take("||")) {
                JsonNode right = and();
                left = truthy(left) ? left : right;
            }
            return left;
        }

        private JsonNode and() {
            JsonNode left = comparison();
            while (take("&&")) {
                JsonNode right = comparison();
                left = truthy(left) ? right : left;
            }
            return left;
        }

        private JsonNode comparison() {
            JsonNode left = unary();
            if (take("==")) {
                return BooleanNode.valueOf(looselyEqual(left, unary()));
            }
            if (take("!=")) {
                return BooleanNode.valueOf(!looselyEqual(left, unary()));
            }
            return left;
        }

        private JsonNode unary() {
            if (take("!")) {
                return BooleanNode.valueOf(!truthy(unary()));
            }
            return primary();
        }

        private JsonNode primary() {
            skipSpace();
            if (take("(")) {
                JsonNode inner = or();
                expect(")");
                return inner;
            }
            if (take("'")) {
                return TextNode.valueOf(quoted());
            }
            char first = atEnd() ? ' ' : source.charAt(at);
            if (Character.isDigit(first) || first == '-') {
                return number();
            }
            String name = name();
            if (take("(")) {
                return call(name);
            }
            return switch (name) {
                case "true" -> BooleanNode.TRUE;
                case "false" -> BooleanNode.FALSE;
                case "null" -> NullNode.instance;
                default -> reference(name);
            };
        }

        private JsonNode call(String function) {
            if (function.equalsIgnoreCase("fromJSON")) {
                JsonNode argument = or();
                expect(")");
                try {
                    return JSON.readTree(text(argument));
                } catch (IOException e) {
                    throw new UncheckedIOException("fromJSON got no JSON: '" + text(argument) + "'", e);
                }
            }
            expect(")");
            return switch (function) {
                case "always" -> BooleanNode.TRUE;
                case "success" -> BooleanNode.valueOf(scope.succeeded() && !scope.cancelled());
                case "failure" -> BooleanNode.valueOf(!scope.succeeded());
                case "cancelled" -> BooleanNode.valueOf(scope.cancelled());
                default -> throw refusal("function " + function + "() is not known here");
            };
        }

        private JsonNode reference(String contextName) {
            JsonNode value = scope.context(contextName);
            if (value == null) {
                throw refusal("context '" + contextName + "' is not known here");
            }
            while (take(".")) {
                String property = name();
                value = value.isObject() && value.has(property) ? value.get(property) : NullNode.instance;
            }
            return value;
        }

        private String quoted() {
            StringBuilder text = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw refusal("a string is not closed");
                }
                char c = source.charAt(at++);
                if (c == '\'') {
                    if (!atEnd() && source.charAt(at) == '\'') {
                        text.append('\'');
                        at++;
                    } else {
                        return text.toString();
                    }
                } else {
                    text.append(c);
                }
            }
        }

        private JsonNode number() {
            int start = at;
            while (!atEnd() && "0123456789.-eE".indexOf(source.charAt(at)) >= 0) {
                at++;
            }
            return DoubleNode.valueOf(Double.parseDouble(source.substring(start, at)));
        }

        private String name() {
            skipSpace();
            int start = at;
            while (!atEnd() && (Character.isLetterOrDigit(source.charAt(at)) || "_-".indexOf(source.charAt(at)) >= 0)) {
                at++;
            }
            if (start == at) {
                throw refusal("a name or a value is expected");
            }
            return source.substring(start, at);
        }

        private boolean take(String token) {
            skipSpace();
            if (source.startsWith(token, at) && !(token.equals("!") && source.startsWith("!=", at))) {
                at += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!take(token)) {
                throw refusal("'" + token + "' is expected");
            }
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(source.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= source.length();
        }

        IllegalArgumentException refusal(String what) {
            return new IllegalArgumentException("expression '" + source.strip() + "' at " + at + ": " + what
                    + " (the local workflow run evaluates only what this workflow needs)");
        }
    }
}
