package org.autodiffbench.harness.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    /** The first output of a graph at x, by the reference toolkit's interpreter. */
    private static double value(Graph graph, double... x) {
        return new ReferenceInterpreter(graph).apply(x)[0];
    }

    private static double value(String formula, double... x) {
        return value(ExpressionParser.parse(formula).graph(), x);
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertThat(value("-x^2", 3)).isEqualTo(-9.0);
        assertThat(value("-2^2")).isEqualTo(-4.0);
        assertThat(value("(-x)^2", 3)).isEqualTo(9.0);
    }

    @Test
    void anExponentMayStartWithUnaryMinus() {
        assertThat(value("2^-1")).isEqualTo(0.5);
        assertThat(value("x^-2", 4)).isEqualTo(1.0 / 16);
        assertThat(value("2^-x^2", 1)).isEqualTo(0.5);
    }

    @Test
    void powerIsRightAssociative() {
        assertThat(value("x^y^z", 2, 3, 2)).isEqualTo(512.0);
        assertThat(value("(x^y)^z", 2, 3, 2)).isEqualTo(64.0);
    }

    @Test
    void subtractionAndDivisionAreLeftAssociative() {
        assertThat(value("x - y - z", 10, 3, 2)).isEqualTo(5.0);
        assertThat(value("x / y / z", 8, 4, 2)).isEqualTo(1.0);
    }

    @Test
    void productsBindTighterThanSums() {
        assertThat(value("1 + x * 3 - 4 / 2", 2)).isEqualTo(5.0);
        assertThat(value("2 * -x", 3)).isEqualTo(-6.0);
        assertThat(value("-x * y", 2, 5)).isEqualTo(-10.0);
    }

    @ParameterizedTest
    @CsvSource({"1e-3 * x, 0.002", ".5 * x, 1.0", "2. * x, 4.0", "2.5E+2 * x, 500.0", "x * 1e2, 200.0"})
    void numbersInEveryNotation(String formula, double expected) {
        assertThat(value(formula, 2)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void functionsAndLnAsLog() {
        double x = 0.7;
        assertThat(value("sin(x) + cos(x) + tan(x)", x)).isCloseTo(Math.sin(x) + Math.cos(x) + Math.tan(x), within(1e-15));
        assertThat(value("exp(x) * log(x) / ln(x)", x)).isCloseTo(Math.exp(x), within(1e-14));
        assertThat(value("sqrt(x) + tanh(x) + sigmoid(x)", x))
                .isCloseTo(Math.sqrt(x) + Math.tanh(x) + 1 / (1 + Math.exp(-x)), within(1e-15));
    }

    @Test
    void theTensorEraElementwiseFunctions() {
        assertThat(value("abs(x) + abs(-x)", -0.7)).isEqualTo(1.4);
        assertThat(value("log1p(x)", 1e-12)).isCloseTo(1e-12 - 0.5e-24, within(1e-30));
        assertThat(value("expm1(x)", 1e-12)).isCloseTo(1e-12 + 0.5e-24, within(1e-30));
        // ln(1 + e^x) by hand: ln 2 at 0, x itself far right, e^x far left (where 1 + e^x rounds to 1).
        assertThat(value("softplus(x)", 0)).isCloseTo(Math.log(2), within(1e-16));
        assertThat(value("softplus(x)", 800)).isEqualTo(800.0);
        assertThat(value("softplus(x)", -800)).isCloseTo(Math.exp(-800), within(1e-320));
    }

    @Test
    void aNumericExponentBecomesAConstantPower() {
        assertThat(powConstExponents("x^2")).containsExactly(2.0);
        assertThat(powConstExponents("x^-0.5")).containsExactly(-0.5);
        assertThat(powConstExponents("x^(-3)")).containsExactly(-3.0);
        assertThat(powConstExponents("x^y")).isEmpty();
        assertThat(primitiveNames(ExpressionParser.parse("x^y").graph())).containsExactly("pow");
    }

    @Test
    void variablesInOrderOfFirstAppearance() {
        Formula f = ExpressionParser.parse("y * x + sin(y) - z");
        assertThat(f.variables()).containsExactly("y", "x", "z");
        assertThat(inputNames(f.graph())).containsExactly("y", "x", "z");
        Graph reordered = f.graph(List.of("x", "y", "z"));
        assertThat(inputNames(reordered)).containsExactly("x", "y", "z");
        assertThat(value(reordered, 1, 2, 3)).isCloseTo(2 * 1 + Math.sin(2) - 3, within(1e-15));
    }

    @Test
    void anInputOrderMustNameEveryVariableOnce() {
        Formula f = ExpressionParser.parse("x * y");
        assertThatThrownBy(() -> f.graph(List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x, y");
        assertThatThrownBy(() -> f.graph(List.of("x", "z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operationsAreNumberedLevelByLevelAsInTheWorkedExample() {
        Graph g = ExpressionParser.parse("ln(x1) + x1*x2 - sin(x2)").graph();
        assertThat(primitiveNames(g)).containsExactly("log", "mul", "sin", "add", "sub");
        assertThat(value(g, 2, 5)).isCloseTo(Math.log(2) + 2 * 5 - Math.sin(5), within(1e-14));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sin(x      | expected ')' at column 6                 | 6",
        "(x + 1     | expected ')' at column 7                 | 7",
        "sin(x y)   | expected ')' but found 'y' at column 7   | 7",
        "x**2       | unexpected '*' at column 3               | 3",
        "x y        | unexpected 'y' at column 3               | 3",
        "(x+1))     | unexpected ')' at column 6               | 6",
        "x +        | unexpected end of formula at column 4    | 4",
        "x^         | unexpected end of formula at column 3    | 3",
        "x # 2      | unexpected character '#' at column 3     | 3",
        "2 * 1e     | malformed number '1e' at column 5        | 5",
        "sin + x    | expected '(' after 'sin' at column 5     | 5",
        "x * foo(x) | unknown function 'foo' at column 5       | 5",
    })
    void errorsNameTheColumn(String formula, String message, int column) {
        assertThatThrownBy(() -> ExpressionParser.parse(formula.strip()))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    @Test
    void anUnknownFunctionListsTheKnownOnes() {
        assertThatThrownBy(() -> ExpressionParser.parse("foo(x)")).hasMessage("unknown function 'foo' at column 1; "
                + "known functions: sin, cos, tan, exp, log, ln, sqrt, tanh, sigmoid, abs, log1p, expm1, softplus");
    }

    @Test
    void anEmptyFormulaIsRefused() {
        assertThatThrownBy(() -> ExpressionParser.parse("")).hasMessageStartingWith("empty expression");
        assertThatThrownBy(() -> ExpressionParser.parse("   ")).hasMessageStartingWith("empty expression");
    }

    @Test
    void theLocatedMessageQuotesTheFormula() {
        assertThatThrownBy(() -> ExpressionParser.parse("sin(x"))
                .isInstanceOfSatisfying(ParseException.class,
                        e -> assertThat(e.located()).isEqualTo("expected ')' at column 6 in \"sin(x\""));
        assertThatThrownBy(() -> ExpressionParser.parse("x + foo(x)"))
                .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.located())
                        .startsWith("unknown function 'foo' at column 5 in \"x + foo(x)\"; known functions: sin,"));
    }

    private static List<Double> powConstExponents(String formula) {
        return ExpressionParser.parse(formula).graph().nodes().stream()
                .filter(n -> n.primitive() instanceof PowConst)
                .map(n -> ((PowConst) n.primitive()).exponent()).collect(Collectors.toList());
    }

    private static List<String> primitiveNames(Graph g) {
        return g.nodes().stream().filter(n -> !n.isInput()).map(Node::primitive).map(p -> p.name())
                .collect(Collectors.toList());
    }

    private static List<String> inputNames(Graph g) {
        return g.inputs().stream().map(Input::name).collect(Collectors.toList());
    }
}
