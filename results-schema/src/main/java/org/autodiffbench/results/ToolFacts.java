package org.autodiffbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What an external GradBench tool said of itself and what it cost, for a cell the harness drove
 * over GradBench's protocol.
 *
 * @param name the {@code tool} of its {@code start} response; null when it did not answer start
 * @param config the {@code config} of its {@code start} response, as the tool wrote it; null when absent
 * @param peakResidentBytes the largest resident set of the tool and its child processes
 *     ({@code VmHWM}), read as the cell ended; null where the system does not report it
 * @param otherTimingsNs the tool's timings other than {@code evaluate} (its {@code prepare}, say),
 *     summed per name, in nanoseconds
 */
public record ToolFacts(String name, JsonNode config, Long peakResidentBytes, Map<String, Long> otherTimingsNs) {

    public ToolFacts {
        otherTimingsNs = otherTimingsNs == null ? Map.of() : Map.copyOf(otherTimingsNs);
    }
}
