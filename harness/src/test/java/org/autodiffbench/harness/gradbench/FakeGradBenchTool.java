package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A GradBench tool for hello that misbehaves as its first argument says: {@code wrong} answers
 * 2x + 1 for the gradient, {@code refuse} refuses every module, {@code slow} never answers an
 * evaluate, {@code die} exits with code 3 on an evaluate after a line on standard error,
 * {@code garbage} answers an evaluate with a line that is not JSON. Its second argument is a file
 * it writes its process id to, so that a test can see it gone.
 */
public final class FakeGradBenchTool {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeGradBenchTool() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String behaviour = args[0];
        Files.writeString(Path.of(args[1]), Long.toString(ProcessHandle.current().pid()));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode message = MAPPER.readTree(line);
            ObjectNode response = MAPPER.createObjectNode().put("id", message.get("id").asLong());
            switch (message.get("kind").asText()) {
                case "start" -> response.put("tool", "fake-" + behaviour);
                case "define" -> {
                    boolean refuse = behaviour.equals("refuse");
                    response.put("success", !refuse);
                    if (refuse) {
                        response.put("error", "fake tool implements no module");
                    }
                }
                case "evaluate" -> {
                    switch (behaviour) {
                        case "slow" -> Thread.sleep(600_000);
                        case "die" -> {
                            System.err.println("fake tool: cannot allocate the tape");
                            System.exit(3);
                        }
                        case "garbage" -> {
                            System.out.println("<html>not a response</html>");
                            System.out.flush();
                            continue;
                        }
                        default -> {
                        }
                    }
                    double x = message.get("input").asDouble();
                    boolean square = message.get("function").asText().equals("square");
                    response.put("success", true).put("output", square ? x * x : 2 * x + 1);
                    response.putArray("timings").addObject().put("name", "evaluate").put("nanoseconds", 1000);
                }
                default -> {
                }
            }
            System.out.println(MAPPER.writeValueAsString(response));
            System.out.flush();
        }
    }
}
