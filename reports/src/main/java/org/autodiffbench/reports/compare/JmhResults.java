package org.autodiffbench.reports.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the JSON array JMH writes with {@code -rf json}: per benchmark its name, mode,
 * parameters and primary metric (score, unit, raw per-iteration data per fork). Times come out
 * per call in nanoseconds; throughput (ops per unit time) is inverted to time per op.
 */
public final class JmhResults {

    private JmhResults() {
    }

    /**
     * One measurement per benchmark entry.
     *
     * @param source the file name, for messages
     * @throws IllegalArgumentException when an entry lacks what JMH always writes
     */
    public static List<Measurement> read(JsonNode array, String source) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(source + " is not a JMH result file: JMH writes a JSON array;"
                    + " give a file written with -rf json");
        }
        if (array.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no JMH results (an empty array: did the benchmark"
                    + " run at all?)");
        }
        List<Measurement> measurements = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : array) {
            index++;
            String benchmark = entry.path("benchmark").asText(null);
            JsonNode metric = entry.path("primaryMetric");
            if (benchmark == null || !metric.isObject() || !metric.path("score").isNumber()) {
                throw new IllegalArgumentException(source + ": entry " + index + " has no 'benchmark' or no"
                        + " 'primaryMetric.score'; is this a JMH result file written with -rf json?");
            }
            String unit = metric.path("scoreUnit").asText("");
            double perOp = nanosPerOp(unit, source, index);
            boolean throughput = unit.startsWith("ops/");
            List<Double> samples = new ArrayList<>();
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode value : fork) {
                    samples.add(toNanos(value.asDouble(), perOp, throughput));
                }
            }
            double score = toNanos(metric.path("score").asDouble(), perOp, throughput);
            measurements.add(new Measurement(key(entry, benchmark), Measurement.OK, null,
                    samples.isEmpty() ? score : median(samples), samples));
        }
        return measurements;
    }

    /** {@code benchmark[k=v,…] (mode)}, parameters in key order. */
    static String key(JsonNode entry, String benchmark) {
        Map<String, String> params = new TreeMap<>();
        entry.path("params").properties().forEach(f -> params.put(f.getKey(), f.getValue().asText()));
        String paramText = params.isEmpty() ? "" : params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "[", "]"));
        String mode = entry.path("mode").asText("");
        return benchmark + paramText + (mode.isEmpty() ? "" : " (" + mode + ")");
    }

    /** Nanoseconds in the time unit of a score unit such as {@code us/op} or {@code ops/ms}. */
    static double nanosPerOp(String unit, String source, int index) {
        String time = unit.startsWith("ops/") ? unit.substring(4) : unit.endsWith("/op") ? unit.substring(0,
                unit.length() - 3) : null;
        if (time != null) {
            switch (time.toLowerCase(Locale.ROOT)) {
                case "ns":
                    return 1;
                case "us":
                case "µs":
                    return 1e3;
                case "ms":
                    return 1e6;
                case "s":
                    return 1e9;
                case "min":
                    return 60e9;
                case "hr":
                    return 3600e9;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(source + ": entry " + index + " has score unit '" + unit
                + "', which is not a time per op or ops per time unit");
    }

    private static double toNanos(double value, double unitNanos, boolean throughput) {
        return throughput ? unitNanos / value : value * unitNanos;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
