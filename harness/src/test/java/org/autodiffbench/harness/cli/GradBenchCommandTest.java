package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code autodiffbench gradbench}: a GradBench tool on standard input and output. */
class GradBenchCommandTest {

    /** The hello eval's session as its run.py sends it, piped into the command in a JVM of its own. */
    @Test
    void answersAHelloSessionOnStandardOutputAndExitsWithZeroWhenTheInputEnds() throws Exception {
        String transcript = String.join("\n",
                "{\"id\": 0, \"kind\": \"start\", \"eval\": \"hello\"}",
                "{\"id\": 1, \"kind\": \"define\", \"module\": \"hello\"}",
                "{\"id\": 2, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"square\", \"input\": 1.0}",
                "{\"id\": 3, \"kind\": \"analysis\", \"of\": 2, \"valid\": true}",
                "{\"id\": 4, \"kind\": \"evaluate\", \"module\": \"hello\", \"function\": \"double\", \"input\": 1.0}",
                "not a message",
                "{\"id\": 5, \"kind\": \"define\", \"module\": \"llsq-not-here\"}") + "\n";

        Process tool = start("gradbench", "--engine", "forward", "--option", "lanes=2");
        try (OutputStream in = tool.getOutputStream()) {
            in.write(transcript.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(tool.exitValue()).isZero();
        List<JsonNode> responses = new ArrayList<>();
        for (String line : out.lines().toList()) {
            responses.add(new ObjectMapper().readTree(line));
        }
        assertThat(responses).hasSize(7);
        assertThat(responses.get(0).get("config").get("engine").textValue()).isEqualTo("forward");
        assertThat(responses.get(0).get("config").get("options").get("lanes").textValue()).isEqualTo("2");
        assertThat(responses.get(1).get("success").booleanValue()).isTrue();
        assertThat(responses.get(2).get("output").doubleValue()).isEqualTo(1.0);
        assertThat(responses.get(3).toString()).isEqualTo("{\"id\":3}");
        assertThat(responses.get(4).get("output").doubleValue()).isEqualTo(2.0);
        assertThat(responses.get(5).get("id").isNull()).isTrue();
        assertThat(responses.get(5).get("success").booleanValue()).isFalse();
        assertThat(responses.get(6).get("error").textValue()).startsWith("module 'llsq-not-here' is not implemented");
    }

    @Test
    void anUnknownEngineIsBadInputBeforeAnyInputIsRead() {
        CliRun run = withUnreadableInput("gradbench", "--engine", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains("'nope'").contains("reverse");
    }

    @Test
    void anOptionTheEngineDoesNotTakeIsBadInputBeforeAnyInputIsRead() {
        CliRun run = withUnreadableInput("gradbench", "--engine", "forward", "--option", "colour=blue");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: engine 'forward' has no option 'colour'; it takes lanes"
                + System.lineSeparator());
    }

    /** The command line with a standard input that fails the test when read. */
    private static CliRun withUnreadableInput(String... args) {
        InputStream original = System.in;
        System.setIn(new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the command read its input");
            }
        });
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(original);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
