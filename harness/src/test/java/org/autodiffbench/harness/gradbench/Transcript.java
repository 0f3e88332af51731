package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A session run over the eval's lines; its responses, each line read as JSON. */
record Transcript(List<String> lines, List<JsonNode> responses) {

    static Transcript of(GradBenchSession session, String... lines) {
        StringWriter out = new StringWriter();
        session.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out));
        List<JsonNode> responses = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString().lines().toList()) {
            try {
                responses.add(mapper.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("a response line is not JSON: " + line, e);
            }
        }
        return new Transcript(out.toString().lines().toList(), responses);
    }

    JsonNode response(int index) {
        return responses.get(index);
    }

    /** The names of a response's timings, in order. */
    static List<String> timingNames(JsonNode response) {
        List<String> names = new ArrayList<>();
        response.get("timings").forEach(t -> names.add(t.get("name").textValue()));
        return names;
    }

    /** The nanoseconds of a response's timings of this name, in order. */
    static List<Long> nanoseconds(JsonNode response, String name) {
        List<Long> nanos = new ArrayList<>();
        response.get("timings").forEach(t -> {
            if (t.get("name").textValue().equals(name)) {
                nanos.add(t.get("nanoseconds").longValue());
            }
        });
        return nanos;
    }
}
