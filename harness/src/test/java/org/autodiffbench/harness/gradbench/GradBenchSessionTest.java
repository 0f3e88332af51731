package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.registry.EngineRegistry;
import org.junit.jupiter.api.Test;

/**
 * The protocol of GradBench's CONTRIBUTING.md, section Protocol, message by message: its example
 * session (with the hello module for its hypothetical foo), and the lines a tool must survive.
 */
class GradBenchSessionTest {

    private final GradBenchSession reverse = new GradBenchSession(EngineRegistry.discover().require("reverse"),
            EngineOptions.none(), List.of(new HelloModule()));

    /**
     * The guide's example asks module foo for bar(3.14159) and baz({"mynumber": 121}); hello's square
     * and double keep its structure, with 121 as a bare number since hello takes no object.
     */
    @Test
    void answersTheContributingGuidesExampleSessionMessageByMessage() {
        Transcript session = Transcript.of(reverse,
                "{ \"id\": 0, \"kind\": \"start\" }",
                "{ \"id\": 1, \"kind\": \"define\", \"module\": \"hello\" }",
                "{ \"id\": 2, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"square\", \"input\": 3.14159 }",
                "{ \"id\": 3, \"kind\": \"analysis\", \"of\": 2, \"valid\": false, \"error\": \"Expected tau, got e.\" }",
                "{ \"id\": 4, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"double\", \"input\": 121 }",
                "{ \"id\": 5, \"kind\": \"analysis\", \"of\": 4, \"valid\": true }");

        assertThat(session.responses()).hasSize(6);

        JsonNode start = session.response(0);
        assertThat(fieldNames(start)).containsExactly("id", "tool", "config");
        assertThat(start.get("id").longValue()).isZero();
        assertThat(start.get("tool").textValue()).isEqualTo("autodiffbench");
        JsonNode config = start.get("config");
        assertThat(fieldNames(config)).containsExactly("engine", "engineVersion", "options");
        assertThat(config.get("engine").textValue()).isEqualTo("reverse");
        assertThat(config.get("engineVersion").textValue())
                .isEqualTo(EngineRegistry.discover().require("reverse").version());
        assertThat(config.get("options").isObject()).isTrue();
        assertThat(config.get("options").size()).isZero();

        JsonNode define = session.response(1);
        assertThat(fieldNames(define)).containsExactly("id", "success");
        assertThat(define.get("id").longValue()).isEqualTo(1);
        assertThat(define.get("success").booleanValue()).isTrue();

        JsonNode square = session.response(2);
        assertThat(fieldNames(square)).containsExactly("id", "success", "output", "timings");
        assertThat(square.get("id").longValue()).isEqualTo(2);
        assertThat(square.get("success").booleanValue()).isTrue();
        assertThat(square.get("output").isNumber()).isTrue();
        assertThat(square.get("output").doubleValue()).isCloseTo(3.14159 * 3.14159, within(1e-12));
        assertTimings(square, List.of("prepare", "evaluate"));

        assertThat(fieldNames(session.response(3))).containsExactly("id");
        assertThat(session.response(3).get("id").longValue()).isEqualTo(3);

        JsonNode doubled = session.response(4);
        assertThat(fieldNames(doubled)).containsExactly("id", "success", "output", "timings");
        assertThat(doubled.get("id").longValue()).isEqualTo(4);
        assertThat(doubled.get("success").booleanValue()).isTrue();
        assertThat(doubled.get("output").isNumber()).isTrue();
        assertThat(doubled.get("output").doubleValue()).isEqualTo(242.0);
        assertTimings(doubled, List.of("prepare", "evaluate"));

        assertThat(fieldNames(session.response(5))).containsExactly("id");
        assertThat(session.response(5).get("id").longValue()).isEqualTo(5);
    }

    /** The hello eval's own loop: each output is the next input, from x = 1 (its run.py). */
    @Test
    void followsTheHelloEvalsLoopFromOne() {
        Transcript session = Transcript.of(reverse,
                "{\"id\":0,\"kind\":\"start\",\"eval\":\"hello\"}",
                "{\"id\":1,\"kind\":\"define\",\"module\":\"hello\"}",
                "{\"id\":2,\"kind\":\"evaluate\",\"module\":\"hello\",\"function\":\"square\",\"input\":1.0}",
                "{\"id\":3,\"kind\":\"evaluate\",\"module\":\"hello\",\"function\":\"double\",\"input\":1.0}",
                "{\"id\":4,\"kind\":\"evaluate\",\"module\":\"hello\",\"function\":\"square\",\"input\":2.0}",
                "{\"id\":5,\"kind\":\"evaluate\",\"module\":\"hello\",\"function\":\"double\",\"input\":4.0}");

        assertThat(session.responses().subList(2, 6)).extracting(r -> r.get("output").doubleValue())
                .containsExactly(1.0, 2.0, 4.0, 8.0);
        assertThat(session.responses()).extracting(r -> r.get("id").longValue()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aMalformedLineGetsAnErrorWithItsIdWhenThereIsOneAndTheSessionGoesOn() {
        Transcript session = Transcript.of(reverse,
                "this is not json",
                "[1, 2]",
                "{\"kind\": \"start\"}",
                "{\"id\": 1.5, \"kind\": \"start\"}",
                "{\"id\": 7, \"kind\": \"define\"}",
                "{\"id\": 8, \"kind\": \"evaluate\", \"module\": \"hello\", \"input\": 2}",
                "{\"id\": 9}",
                "",
                "{\"id\": 10, \"kind\": \"define\", \"module\": \"hello\"}");

        assertThat(session.responses()).hasSize(8);
        assertMalformed(session.response(0), null, "the line is not JSON (");
        assertMalformed(session.response(1), null, "a message must be a JSON object with an id and a kind, was [1, 2]");
        assertMalformed(session.response(2), null, "the message has no id; every message needs an integer id");
        assertMalformed(session.response(3), null, "the message's id must be an integer, was 1.5");
        assertMalformed(session.response(4), 7L, "a define message needs 'module'");
        assertMalformed(session.response(5), 8L, "an evaluate message needs 'function'");
        assertMalformed(session.response(6), 9L, "the message has no kind; give one of start, define, evaluate, analysis");
        assertThat(session.response(7).get("id").longValue()).isEqualTo(10);
        assertThat(session.response(7).get("success").booleanValue()).isTrue();
        assertThat(session.lines()).allSatisfy(line -> assertThat(line).doesNotContain("\n").startsWith("{"));
    }

    @Test
    void anUnknownKindGetsAnErrorNamingTheKindsItKnowsAndTheSessionGoesOn() {
        Transcript session = Transcript.of(reverse,
                "{\"id\": 3, \"kind\": \"shutdown\"}",
                "{\"id\": 4, \"kind\": \"start\"}");

        assertMalformed(session.response(0), 3L,
                "unknown message kind 'shutdown'; the kinds are start, define, evaluate, analysis");
        assertThat(session.response(1).get("tool").textValue()).isEqualTo("autodiffbench");
    }

    @Test
    void aModuleThatIsNotImplementedFailsNamingTheImplementedOnes() {
        GradBenchSession session = new GradBenchSession(EngineRegistry.discover().require("reverse"),
                EngineOptions.none(), List.of(new HelloModule(), new SquaresTestModule()));
        Transcript transcript = Transcript.of(session,
                "{\"id\": 1, \"kind\": \"define\", \"module\": \"foo\"}",
                "{\"id\": 2, \"kind\": \"evaluate\", \"module\": \"foo\", \"function\": \"bar\", \"input\": 3.14159}",
                "{\"id\": 3, \"kind\": \"define\", \"module\": \"squares\"}");

        String expected = "module 'foo' is not implemented by autodiffbench; implemented: hello, squares";
        JsonNode define = transcript.response(0);
        assertThat(fieldNames(define)).containsExactly("id", "success", "error");
        assertThat(define.get("id").longValue()).isEqualTo(1);
        assertThat(define.get("success").booleanValue()).isFalse();
        assertThat(define.get("error").textValue()).isEqualTo(expected);
        JsonNode evaluate = transcript.response(1);
        assertThat(fieldNames(evaluate)).containsExactly("id", "success", "error");
        assertThat(evaluate.get("success").booleanValue()).isFalse();
        assertThat(evaluate.get("error").textValue()).isEqualTo(expected);
        assertThat(transcript.response(2).get("success").booleanValue()).isTrue();
    }

    @Test
    void evalsThatNeedNestedDerivativesOrAreNotDoneYetSaySoInOneLine() {
        Transcript transcript = Transcript.of(reverse,
                "{\"id\": 1, \"kind\": \"define\", \"module\": \"particle\"}",
                "{\"id\": 2, \"kind\": \"define\", \"module\": \"saddle\"}",
                "{\"id\": 3, \"kind\": \"define\", \"module\": \"det\"}",
                "{\"id\": 4, \"kind\": \"define\", \"module\": \"ht\"}",
                "{\"id\": 5, \"kind\": \"evaluate\", \"module\": \"saddle\", \"function\": \"gradient\", \"input\": {}}");

        String nested = "needs nested derivatives: a gradient inside the function being differentiated, "
                + "which this project's engines do not compose; implemented: hello";
        List<String> expected = List.of("module 'particle' " + nested, "module 'saddle' " + nested,
                "module 'det' is not implemented by autodiffbench yet; implemented: hello",
                "module 'ht' is not implemented by autodiffbench yet; implemented: hello",
                "module 'saddle' " + nested);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode response = transcript.response(i);
            assertThat(fieldNames(response)).containsExactly("id", "success", "error");
            assertThat(response.get("id").longValue()).isEqualTo(i + 1);
            assertThat(response.get("success").booleanValue()).isFalse();
            assertThat(response.get("error").textValue()).isEqualTo(expected.get(i)).doesNotContain("\n");
        }
    }

    @Test
    void theStartResponseNamesTheEngineAndItsOptions() {
        CountingTestEngine engine = new CountingTestEngine();
        GradBenchSession session = new GradBenchSession(engine, EngineOptions.of(Map.of("colour", "blue")),
                List.of(new HelloModule()));

        JsonNode config = Transcript.of(session, "{\"id\": 0, \"kind\": \"start\"}").response(0).get("config");

        assertThat(config.get("engine").textValue()).isEqualTo(CountingTestEngine.ID);
        assertThat(config.get("engineVersion").textValue()).isEqualTo("1.2.3");
        assertThat(fieldNames(config.get("options"))).containsExactly("colour");
        assertThat(config.get("options").get("colour").textValue()).isEqualTo("blue");
    }

    @Test
    void theEndOfTheInputEndsTheSessionWithoutAResponse() {
        assertThat(Transcript.of(reverse).lines()).isEmpty();
        assertThat(Transcript.of(reverse, "{\"id\": 0, \"kind\": \"start\"}").lines()).hasSize(1);
    }

    static void assertMalformed(JsonNode response, Long id, String errorStart) {
        assertThat(fieldNames(response)).containsExactly("id", "success", "error");
        if (id == null) {
            assertThat(response.get("id").isNull()).as("id of %s", response).isTrue();
        } else {
            assertThat(response.get("id").longValue()).isEqualTo(id);
        }
        assertThat(response.get("success").booleanValue()).isFalse();
        assertThat(response.get("error").textValue()).startsWith(errorStart).doesNotContain("\n");
    }

    private static void assertTimings(JsonNode response, List<String> names) {
        assertThat(Transcript.timingNames(response)).containsExactlyElementsOf(names);
        response.get("timings").forEach(t -> {
            assertThat(fieldNames(t)).containsExactly("name", "nanoseconds");
            assertThat(t.get("nanoseconds").isIntegralNumber()).isTrue();
            assertThat(t.get("nanoseconds").longValue()).isNotNegative();
        });
    }

    static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
