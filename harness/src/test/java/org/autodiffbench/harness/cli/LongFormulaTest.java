package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.autodiffbench.harness.expr.ExpressionParser;
import org.autodiffbench.harness.expr.NestedSine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a long or deep formula reaches beyond the parser: every engine, {@code explain}, the JSON
 * output and the error messages, which stay one short line however long the formula.
 */
class LongFormulaTest {

    private static final int TERMS = 10_000;
    /** Σ_{k<n} x·k, whose derivative is Σ k = n(n−1)/2. */
    private static final String FLAT_SUM = IntStream.range(0, TERMS).mapToObj(k -> "x*" + k)
            .collect(Collectors.joining("+"));
    private static final double SUM_OF_K = TERMS * (TERMS - 1.0) / 2;

    @Test
    void everyEngineDifferentiatesAFlatSumOfTenThousandTerms() {
        CliRun run = CliRun.of("gradient", "--expr", FLAT_SUM, "--at", "x=0.5", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = run.json().get("results");
        assertThat(results).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode result : results) {
            assertThat(result.get("gradient").get("x").asDouble()).as(result.get("engine").asText())
                    .isEqualTo(SUM_OF_K);
            assertThat(result.get("value").asDouble()).isEqualTo(0.5 * SUM_OF_K);
        }
    }

    @Test
    void explainWorksThroughAFlatSumOfTenThousandTerms() {
        CliRun run = CliRun.of("explain", "--expr", FLAT_SUM, "--at", "x=0.5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  ∂y/∂x = v̄0 = " + SUM_OF_K);
    }

    @Test
    void everyEngineHasTheChainRuleGradientOfSinNestedFourHundredDeep() {
        NestedSine sine = new NestedSine(400);
        double value = sine.value(0.7);
        double derivative = sine.derivative(0.7);

        CliRun run = CliRun.of("gradient", "--expr", sine.formula(), "--at", "x=0.7", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (JsonNode result : run.json().get("results")) {
            assertThat(result.get("value").asDouble()).isCloseTo(value, within(1e-12 * value));
            assertThat(result.get("gradient").get("x").asDouble()).as(result.get("engine").asText())
                    .isCloseTo(derivative, within(1e-12 * derivative));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "sin(", "x^", "-"})
    void nestingTwoThousandDeepIsOneShortLineNamingTheLimit(String opener) {
        String formula = opener.endsWith("(") ? opener.repeat(2000) + "x" + ")".repeat(2000)
                : opener.repeat(2000) + "x";

        CliRun run = CliRun.of("gradient", "--expr", formula, "--at", "x=1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: the formula nests more than " + ExpressionParser.MAX_NESTING + " levels deep at column ")
                .contains("the limit is " + ExpressionParser.MAX_NESTING)
                .hasSizeLessThan(300);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void thousandsOfMissingVariablesAreCutToAFewAndACount() {
        String formula = IntStream.range(0, 1000).mapToObj(k -> "x" + k).collect(Collectors.joining("+"));

        CliRun run = CliRun.of("gradient", "--expr", formula, "--at", "x0=1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: --at is missing x1, x2, x3, x4, x5 and 994 more; give a value for every variable: "
                        + "x0, x1, x2, x3, x4 and 995 more")
                .hasSizeLessThan(200);
    }

    @Test
    void withoutAtTheVariablesToGiveAreCutToAFew() {
        String formula = IntStream.range(0, 1000).mapToObj(k -> "x" + k).collect(Collectors.joining("+"));

        CliRun run = CliRun.of("gradient", "--expr", formula);

        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: --at is missing; give a value for every variable: x0, x1, x2, x3, x4 and 995 more,"
                        + " e.g. --at x0=1");
    }

    @Test
    void thousandsOfUnknownNamesAreCutToAFew() {
        String at = IntStream.range(0, 1000).mapToObj(k -> "y" + k + "=1").collect(Collectors.joining(","));

        CliRun run = CliRun.of("gradient", "--expr", "x", "--at", "x=1," + at);

        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: --at names y0, y1, y2, y3, y4 and 995 more, which the formula does not use;"
                        + " its variables are x");
    }
}
