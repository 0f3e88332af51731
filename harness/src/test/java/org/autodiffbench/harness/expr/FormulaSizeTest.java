package org.autodiffbench.harness.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formulas as long as one can write: a flat sum of any length parses and becomes a graph, and
 * nesting stops at {@link ExpressionParser#MAX_NESTING} levels with a parse error, never a
 * {@link StackOverflowError}.
 */
class FormulaSizeTest {

    /** The ways a formula nests, each written {@code depth} levels deep around the variable x. */
    enum Nesting {
        PARENTHESES {
            @Override
            String write(int depth) {
                return "(".repeat(depth) + "x" + ")".repeat(depth);
            }
        },
        FUNCTION_CALLS {
            @Override
            String write(int depth) {
                return "sin(".repeat(depth) + "x" + ")".repeat(depth);
            }
        },
        POWERS {
            @Override
            String write(int depth) {
                return "x" + "^x".repeat(depth);
            }
        },
        UNARY_MINUS {
            @Override
            String write(int depth) {
                return "- ".repeat(depth) + "x";
            }
        };

        abstract String write(int depth);

        /** The 1-based column of the token that opens level {@code level}. */
        int columnOfLevel(int level) {
            return switch (this) {
                case PARENTHESES -> level;
                case FUNCTION_CALLS -> 4 * (level - 1) + 1;
                case POWERS -> 2 * level;
                case UNARY_MINUS -> 2 * level - 1;
            };
        }
    }

    /** Σ_{k<n} x·k, whose derivative is Σ k = n(n−1)/2 whatever x is. */
    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void aFlatSumOfManyTermsHasTheGradientOfItsHandFormula(int terms) {
        String formula = IntStream.range(0, terms).mapToObj(k -> "x*" + k).collect(Collectors.joining("+"));
        Graph graph = ExpressionParser.parse(formula).graph();

        double sumOfK = terms * (terms - 1.0) / 2;
        ReferenceInterpreter interpreter = new ReferenceInterpreter(graph);
        assertThat(interpreter.gradient(new double[] {0.5})).containsExactly(sumOfK);
        assertThat(interpreter.apply(new double[] {0.5})).containsExactly(0.5 * sumOfK);
    }

    /** x − x − … − x with n terms is (2 − n)·x: a left-associative chain as deep as it is long. */
    @Test
    void aLongChainOfDifferencesIsLeftAssociative() {
        int terms = 100_000;
        String formula = String.join(" - ", Collections.nCopies(terms, "x"));
        Graph graph = ExpressionParser.parse(formula).graph();

        assertThat(new ReferenceInterpreter(graph).gradient(new double[] {3})).containsExactly(2.0 - terms);
    }

    @ParameterizedTest
    @EnumSource(Nesting.class)
    void nestingAsDeepAsTheLimitParses(Nesting nesting) {
        Graph graph = ExpressionParser.parse(nesting.write(ExpressionParser.MAX_NESTING)).graph();

        double x = 0.7;
        double expected = switch (nesting) {
            case PARENTHESES -> x;
            case FUNCTION_CALLS -> new NestedSine(ExpressionParser.MAX_NESTING).value(x);
            case POWERS -> powerTower(ExpressionParser.MAX_NESTING + 1, x);
            case UNARY_MINUS -> ExpressionParser.MAX_NESTING % 2 == 0 ? x : -x;
        };
        assertThat(new ReferenceInterpreter(graph).apply(new double[] {x})[0]).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Nesting.class)
    void nestingOneLevelBeyondTheLimitIsRefusedWhereItStarts(Nesting nesting) {
        assertRefused(nesting, ExpressionParser.MAX_NESTING + 1);
    }

    @ParameterizedTest
    @EnumSource(Nesting.class)
    void nestingThousandsOfLevelsDeepIsRefusedNotOverflowed(Nesting nesting) {
        assertRefused(nesting, 2_000);
        assertRefused(nesting, 100_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, ExpressionParser.MAX_NESTING})
    void sinNestedDeepHasTheChainRuleGradient(int depth) {
        NestedSine sine = new NestedSine(depth);
        double derivative = sine.derivative(0.7);
        Graph graph = ExpressionParser.parse(sine.formula()).graph();

        assertThat(new ReferenceInterpreter(graph).gradient(new double[] {0.7})[0])
                .isCloseTo(derivative, within(1e-12 * Math.abs(derivative)));
    }

    private static void assertRefused(Nesting nesting, int depth) {
        String formula = nesting.write(depth);
        int column = nesting.columnOfLevel(ExpressionParser.MAX_NESTING + 1);
        assertThatThrownBy(() -> ExpressionParser.parse(formula)).isInstanceOfSatisfying(ParseException.class, e -> {
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).startsWith("the formula nests more than " + ExpressionParser.MAX_NESTING
                    + " levels deep at column " + column + ";");
            assertThat(e.located()).hasSizeLessThan(300);
        });
    }

    /** x^x^…^x with {@code height} x's, evaluated from the top as ^ is right-associative. */
    private static double powerTower(int height, double x) {
        double t = x;
        for (int k = 1; k < height; k++) {
            t = Math.pow(x, t);
        }
        return t;
    }
}
