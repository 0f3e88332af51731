package org.autodiffbench.harness.cell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Optional;
import org.autodiffbench.results.ResultsJson;

/**
 * The line protocol from a cell's JVM to the campaign: one line per report on stdout,
 * {@code @autodiffbench KIND JSON}. Lines without the marker (an engine printing) are ignored.
 */
final class ChildMessages {

    static final String PROBE = "probe";
    static final String TIMING = "timing";
    static final String BASELINE = "baseline";
    static final String KERNELS = "kernels";

    private static final String MARKER = "@autodiffbench ";
    private static final ObjectMapper MAPPER = ResultsJson.mapper();

    private ChildMessages() {
    }

    /** Writes one report as a line and flushes it, so the campaign has it even if the JVM dies next. */
    static void send(PrintStream out, String kind, Object report) {
        out.println(MARKER + kind + " " + json(report));
        out.flush();
    }

    /** A report or a task as one line of JSON. */
    static String json(Object value) {
        return ResultsJson.oneLine(value);
    }

    /** Is this line a report (of any kind)? */
    static boolean isReport(String line) {
        return line.startsWith(MARKER);
    }

    /**
     * The report in {@code line} if it is a well-formed report of this kind; anything else (an
     * engine that happened to print the marker) is no report, and the cell ends without one.
     */
    static <T> Optional<T> parse(String line, String kind, Class<T> type) {
        String prefix = MARKER + kind + " ";
        if (!line.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(line.substring(prefix.length()), type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
