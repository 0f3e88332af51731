package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autodiffbench.harness.gradbench.GradBenchSessionTest.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate}: the runs min_runs and min_seconds ask for, each its own timing, and a one-line
 * error for what cannot be evaluated.
 */
class EvaluatorTest {

    private static final List<GradBenchModule> MODULES = List.of(new HelloModule(), new SquaresTestModule());

    private final GradBenchSession reverse = new GradBenchSession(EngineRegistry.discover().require("reverse"),
            EngineOptions.none(), MODULES);

    @Test
    void runsMinRunsTimesWhenThatTakesLongerThanMinSeconds() {
        JsonNode response = Transcript.of(reverse, squares(1, "gradient", "[1.5, -2, 0.25]", 5, 0)).response(0);

        assertThat(response.get("success").booleanValue()).isTrue();
        assertThat(Transcript.timingNames(response))
                .containsExactly("prepare", "evaluate", "evaluate", "evaluate", "evaluate", "evaluate");
        assertThat(response.get("output")).extracting(JsonNode::doubleValue).containsExactly(3.0, -4.0, 0.5);
    }

    /** A run takes microseconds, so 50 ms needs many; the last run is the one that reaches 50 ms. */
    @Test
    void runsUntilTheRunsHaveTakenMinSecondsWhenThatIsLonger() {
        JsonNode response = Transcript.of(reverse, squares(1, "value", "[1, 2, 3]", 1, 0.05)).response(0);

        List<Long> runs = Transcript.nanoseconds(response, "evaluate");
        long total = runs.stream().mapToLong(Long::longValue).sum();
        assertThat(runs.size()).isGreaterThan(1);
        assertThat(total).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(total - runs.get(runs.size() - 1)).isLessThan(50_000_000L);
        assertThat(response.get("output").doubleValue()).isEqualTo(14.0);
    }

    @Test
    void anInputWithoutRunsFieldsIsRunOnce() {
        JsonNode response = Transcript.of(reverse,
                "{\"id\": 1, \"kind\": \"evaluate\", \"module\": \"squares\", \"function\": \"value\", \"input\": {\"x\": [2]}}")
                .response(0);

        assertThat(Transcript.nanoseconds(response, "evaluate")).hasSize(1);
        assertThat(response.get("output").doubleValue()).isEqualTo(4.0);
    }

    @Test
    void badRunsFieldsAreNamed() {
        Transcript session = Transcript.of(reverse,
                squares(1, "value", "[2]", -1, 0),
                "{\"id\": 2, \"kind\": \"evaluate\", \"module\": \"squares\", \"function\": \"value\","
                        + " \"input\": {\"x\": [2], \"min_seconds\": \"long\"}}");

        assertFailure(session.response(0), 1, "min_runs must be a whole number of runs, at least 0; was -1");
        assertFailure(session.response(1), 2, "min_seconds must be a finite number of seconds, at least 0; was \"long\"");
    }

    @Test
    void aRefusalIsAFailedEvaluateWithItsReason() {
        Transcript session = Transcript.of(reverse, squares(1, "hessian", "[1]", 1, 0), squares(2, "value", "[3]", 1, 0));

        assertFailure(session.response(0), 1, SquaresTestModule.REFUSAL);
        assertThat(session.response(1).get("output").doubleValue()).isEqualTo(9.0);
    }

    @Test
    void anInputNotOfTheEvalsTypeIsAFailedEvaluateNamingWhatIsWrong() {
        Transcript session = Transcript.of(reverse,
                "{\"id\": 1, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"square\", \"input\": \"three\"}",
                "{\"id\": 2, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"cube\", \"input\": 3}");

        assertFailure(session.response(0), 1, "hello's input must be a number, was \"three\"");
        assertFailure(session.response(1), 2, "module hello has no function 'cube'; it has square, double");
    }

    @Test
    void anEngineWithoutTheOperatorOrPrimitiveAFunctionNeedsFailsThatEvaluateOnly() {
        CountingTestEngine valueOnly = new CountingTestEngine(Set.of(Operator.VALUE), Set.of());
        Transcript withoutGradient = Transcript.of(new GradBenchSession(valueOnly, EngineOptions.none(), MODULES),
                hello(1, "double", 3), hello(2, "square", 3));
        assertFailure(withoutGradient.response(0), 1, "engine 'counting-test' does not offer gradient;");
        assertThat(withoutGradient.response(1).get("output").doubleValue()).isEqualTo(9.0);

        CountingTestEngine withoutSquare = new CountingTestEngine(Set.of(Operator.VALUE, Operator.GRADIENT),
                Set.of("square"));
        Transcript lacking = Transcript.of(new GradBenchSession(withoutSquare, EngineOptions.none(), MODULES),
                hello(1, "double", 3));
        assertFailure(lacking.response(0), 1, "engine 'counting-test' lacks primitive 'square'");
        assertThat(withoutSquare.prepares()).isZero();
    }

    @Test
    void anyOtherFailureIsAOneLineErrorAndTheSessionGoesOn() {
        Transcript session = Transcript.of(reverse, squares(1, "crash", "[1]", 1, 0), squares(2, "value", "[2]", 1, 0));

        assertFailure(session.response(0), 1,
                "internal error in autodiffbench: java.lang.IllegalStateException: a bug over two lines");
        assertThat(session.response(0).get("error").textValue()).doesNotContain("\tat ");
        assertThat(session.response(1).get("output").doubleValue()).isEqualTo(4.0);
    }

    @Test
    void theEngineOptionsReachEveryPreparation() {
        CountingTestEngine engine = new CountingTestEngine();
        EngineOptions options = EngineOptions.of(Map.of("colour", "blue"));
        Transcript.of(new GradBenchSession(engine, options, MODULES), hello(1, "square", 2), hello(2, "double", 2));

        assertThat(engine.preparedWith).containsExactly(options, options);
    }

    static String hello(long id, String function, double input) {
        return "{\"id\": " + id + ", \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"" + function
                + "\", \"input\": " + input + "}";
    }

    static String squares(long id, String function, String x, int minRuns, double minSeconds) {
        return "{\"id\": " + id + ", \"kind\": \"evaluate\", \"module\": \"squares\", \"function\": \"" + function
                + "\", \"input\": {\"x\": " + x + ", \"min_runs\": " + minRuns + ", \"min_seconds\": " + minSeconds
                + "}}";
    }

    private static void assertFailure(JsonNode response, long id, String errorStart) {
        assertThat(fieldNames(response)).containsExactly("id", "success", "error");
        assertThat(response.get("id").longValue()).isEqualTo(id);
        assertThat(response.get("success").booleanValue()).isFalse();
        assertThat(response.get("error").textValue()).startsWith(errorStart).doesNotContain("\n");
    }
}
