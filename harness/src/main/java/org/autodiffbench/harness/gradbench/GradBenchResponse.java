package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A response the tool sends, one JSON object per line, repeating the message's id. Optional
 * fields that are absent are left out of the JSON.
 */
public sealed interface GradBenchResponse {

    /** The answer to {@code start}: the tool's name and how it is configured. */
    record Started(long id, String tool, Config config) implements GradBenchResponse {
    }

    /** What the tool runs on: the engine, its version and the options it was prepared with. */
    record Config(String engine, String engineVersion, Map<String, String> options) {
    }

    /** The answer to {@code define}: whether the module is implemented, and if not, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Defined(long id, boolean success, String error) implements GradBenchResponse {
    }

    /** The answer to {@code evaluate}: the output and one timing per subtask, or an error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Evaluated(long id, boolean success, JsonNode output, List<Timing> timings, String error)
            implements GradBenchResponse {

        static Evaluated success(long id, JsonNode output, List<Timing> timings) {
            return new Evaluated(id, true, output, List.copyOf(timings), null);
        }

        static Evaluated failure(long id, String error) {
            return new Evaluated(id, false, null, null, error);
        }
    }

    /** The answer to {@code analysis}: the id alone. */
    record Acknowledged(long id) implements GradBenchResponse {
    }

    /**
     * The answer to a line that is not a message this tool knows: not JSON, without an id, of an
     * unknown kind or missing a field. The id is {@code null} (and written as null) when it could
     * not be read.
     */
    record Malformed(Long id, boolean success, String error)
            implements GradBenchResponse {

        Malformed(Long id, String error) {
            this(id, false, error);
        }
    }

    /** One subtask's time, e.g. {@code evaluate} for one run of the function. */
    record Timing(String name, long nanoseconds) {
    }
}
