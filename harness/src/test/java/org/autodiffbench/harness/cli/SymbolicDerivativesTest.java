package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formulas unlike the worked example, each with its derivative worked out by hand below, checked
 * through the command line against every available engine at seeded random points.
 */
class SymbolicDerivativesTest {

    private static final double TOLERANCE = 1e-9;
    private static final int POINTS = 3;

    /** A formula, its variables, f written in Java, ∇f written by hand, and the interval points come from. */
    record Case(String formula, List<String> variables, ToDoubleFunction<double[]> f,
                Function<double[], double[]> gradient, double low, double high) {

        @Override
        public String toString() {
            return formula;
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("sin(x)*exp(x)", List.of("x"), p -> Math.sin(p[0]) * Math.exp(p[0]),
                        p -> new double[] {(Math.cos(p[0]) + Math.sin(p[0])) * Math.exp(p[0])}, -2, 2),
                new Case("x^3 - 2*x^2 + 5*x - 7", List.of("x"), p -> p[0] * p[0] * p[0] - 2 * p[0] * p[0] + 5 * p[0] - 7,
                        p -> new double[] {3 * p[0] * p[0] - 4 * p[0] + 5}, -3, 3),
                new Case("sqrt(x^2 + y^2)", List.of("x", "y"), p -> Math.hypot(p[0], p[1]),
                        p -> new double[] {p[0] / Math.hypot(p[0], p[1]), p[1] / Math.hypot(p[0], p[1])}, 0.5, 4),
                new Case("tanh(x*y)", List.of("x", "y"), p -> Math.tanh(p[0] * p[1]), p -> {
                    double sech2 = 1 - Math.pow(Math.tanh(p[0] * p[1]), 2);
                    return new double[] {p[1] * sech2, p[0] * sech2};
                }, -1.5, 1.5),
                new Case("sigmoid(a - b)", List.of("a", "b"), p -> sigmoid(p[0] - p[1]), p -> {
                    double s = sigmoid(p[0] - p[1]);
                    return new double[] {s * (1 - s), -s * (1 - s)};
                }, -3, 3),
                new Case("log(x) / y", List.of("x", "y"), p -> Math.log(p[0]) / p[1],
                        p -> new double[] {1 / (p[0] * p[1]), -Math.log(p[0]) / (p[1] * p[1])}, 0.5, 3),
                new Case("x^y", List.of("x", "y"), p -> Math.pow(p[0], p[1]),
                        p -> new double[] {p[1] * Math.pow(p[0], p[1] - 1), Math.pow(p[0], p[1]) * Math.log(p[0])},
                        0.5, 2.5),
                new Case("exp(-x^2/2) * cos(3*y)", List.of("x", "y"),
                        p -> Math.exp(-p[0] * p[0] / 2) * Math.cos(3 * p[1]), p -> {
                            double g = Math.exp(-p[0] * p[0] / 2);
                            return new double[] {-p[0] * g * Math.cos(3 * p[1]), -3 * g * Math.sin(3 * p[1])};
                        }, -2, 2),
                new Case("tan(x) / (1 + x^2)", List.of("x"), p -> Math.tan(p[0]) / (1 + p[0] * p[0]), p -> {
                    double x = p[0];
                    double q = 1 + x * x;
                    double sec2 = 1 / (Math.cos(x) * Math.cos(x));
                    return new double[] {(sec2 * q - Math.tan(x) * 2 * x) / (q * q)};
                }, -1.2, 1.2),
                new Case("(u + v*w)^-1.5", List.of("u", "v", "w"), p -> Math.pow(p[0] + p[1] * p[2], -1.5), p -> {
                    double d = -1.5 * Math.pow(p[0] + p[1] * p[2], -2.5);
                    return new double[] {d, d * p[2], d * p[1]};
                }, 0.5, 2),
                new Case("ln(1 + exp(z))", List.of("z"), p -> Math.log(1 + Math.exp(p[0])),
                        p -> new double[] {sigmoid(p[0])}, -4, 4),
                new Case("sin(cos(t)) * t", List.of("t"), p -> Math.sin(Math.cos(p[0])) * p[0],
                        p -> new double[] {-Math.cos(Math.cos(p[0])) * Math.sin(p[0]) * p[0] + Math.sin(Math.cos(p[0]))},
                        -3, 3),
                new Case("x / (y - z) + y*z - -x", List.of("x", "y", "z"), p -> p[0] / (p[1] - p[2]) + p[1] * p[2] + p[0],
                        p -> {
                            double d = p[1] - p[2];
                            return new double[] {1 / d + 1, -p[0] / (d * d) + p[2], p[0] / (d * d) + p[1]};
                        }, 0.1, 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyEngineMatchesTheHandDerivative(Case c) {
        Set<String> engines = new HashSet<>(EngineRegistry.discover().ids());
        assertThat(engines).contains("forward", "reverse", "checkpointed");
        Random random = new Random(c.formula().hashCode());
        for (int k = 0; k < POINTS; k++) {
            double[] point = new double[c.variables().size()];
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < point.length; i++) {
                point[i] = c.low() + (c.high() - c.low()) * random.nextDouble();
                pairs.add(c.variables().get(i) + "=" + point[i]);
            }
            CliRun run = CliRun.of("gradient", "--expr", c.formula(), "--at", String.join(",", pairs),
                    "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            double expectedValue = c.f().applyAsDouble(point);
            double[] expected = c.gradient().apply(point);
            JsonNode results = run.json().get("results");
            Set<String> answered = new HashSet<>();
            for (JsonNode result : results) {
                answered.add(result.get("engine").asText());
                String where = result.get("engine").asText() + " at " + pairs;
                assertThat(Rho.of(result.get("value").asDouble(), expectedValue)).as(where).isLessThanOrEqualTo(TOLERANCE);
                for (int i = 0; i < expected.length; i++) {
                    double actual = result.get("gradient").get(c.variables().get(i)).asDouble();
                    assertThat(Rho.of(actual, expected[i])).as(where + " ∂/∂" + c.variables().get(i))
                            .isLessThanOrEqualTo(TOLERANCE);
                }
            }
            assertThat(answered).hasSize(results.size()).isEqualTo(engines);
        }
    }
}
