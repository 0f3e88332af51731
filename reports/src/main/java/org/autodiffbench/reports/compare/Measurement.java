package org.autodiffbench.reports.compare;

import java.util.List;

/**
 * One timed thing of a run, as a comparison sees it: a results cell (or baseline), or one JMH
 * benchmark with its parameters.
 *
 * @param key what the other run's measurement must have to match: a cell id, or a benchmark
 *     name with its parameters and mode
 * @param outcome {@code ok} or the cell's other outcome; JMH results are always {@code ok}
 * @param reason why a cell did not end ok, or null
 * @param medianNs the median time per call in nanoseconds, or null when there is none
 * @param samplesNs the per-iteration times in nanoseconds, finite only
 */
public record Measurement(String key, String outcome, String reason, Double medianNs, List<Double> samplesNs) {

    public static final String OK = "ok";

    public Measurement {
        samplesNs = samplesNs == null ? List.of()
                : samplesNs.stream().filter(s -> s != null && Double.isFinite(s)).toList();
        if (medianNs != null && !(Double.isFinite(medianNs) && medianNs > 0)) {
            medianNs = null;
        }
    }

    public boolean ok() {
        return OK.equals(outcome);
    }
}
