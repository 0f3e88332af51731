package org.autodiffbench.reports.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.JsonProblemText;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.Timing;

/**
 * Every timed measurement of one run, keyed for matching against another run: the cells and
 * baselines of a campaign's results, or the benchmarks of a plain JMH result file.
 *
 * @param description what was read, e.g. {@code results of campaign 'default' (40 cells)}
 * @param jmh whether this is a JMH result file, keyed by benchmark, rather than campaign results
 * @param environment where a campaign ran; null for JMH files
 * @param cells how many cells the run finished; null for JMH files
 * @param plannedCells how many cells its campaign planned; null for JMH files
 * @param machines the machines its cells were measured on, more than one for a merge of shards; empty when
 *     unknown and for JMH files
 */
public record RunMeasurements(String source, String description, boolean jmh, Environment environment,
                              Integer cells, Integer plannedCells, Map<String, Measurement> byKey,
                              List<String> machines) {

    public RunMeasurements {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        machines = List.copyOf(machines);
    }

    /**
     * Reads a results directory, a {@code results.json} or a JMH JSON result file.
     *
     * @throws IllegalArgumentException when the path holds none of these
     */
    public static RunMeasurements load(Path path) {
        if (Files.isDirectory(path)) {
            Path file = path.resolve(ResultsFile.NAME);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(path + " holds no " + ResultsFile.NAME + "; give a results"
                        + " directory written by 'autodiffbench run', its results.json, or a JMH JSON result file");
            }
            return of(ResultsFile.read(file), path.toString());
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no results at " + path + "; give a results directory written by"
                    + " 'autodiffbench run', its results.json, or a JMH JSON result file");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        String start = text.stripLeading();
        if (start.isEmpty() || start.startsWith("{")) {
            return of(ResultsFile.read(path), path.toString());
        }
        if (!start.startsWith("[")) {
            throw new IllegalArgumentException(path + " is neither a results file (a JSON object) nor a JMH result"
                    + " file (a JSON array)");
        }
        try {
            JsonNode array = ResultsJson.mapper().readTree(text);
            return ofJmh(array, path.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JMH result file " + path + JsonProblemText.location(e) + ": "
                    + JsonProblemText.reason(e));
        }
    }

    /** The cells of a campaign's results, keyed by cell id, and its baselines keyed {@code primal|…} and {@code hand|…}. */
    public static RunMeasurements of(CampaignResults results, String source) {
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        for (CellResult cell : results.cells()) {
            Timing t = cell.timing();
            String outcome = cell.outcome() == null ? "no outcome" : cell.outcome().label();
            byKey.put(cell.id(), new Measurement(cell.id(), outcome, cell.reason(), t == null ? null : t.medianNs(),
                    t == null ? List.of() : t.samplesNs()));
        }
        for (Baseline baseline : results.baselines()) {
            put(byKey, "primal|" + baseline.model().key(), baseline.primal());
            put(byKey, "hand|" + baseline.model().key(), baseline.hand());
        }
        int finished = results.cells().size();
        int planned = results.campaign().plannedCells();
        return new RunMeasurements(source, "results of campaign '" + results.campaign().name() + "' ("
                + finished + (finished == planned ? "" : " of " + planned + " planned") + " cells)", false,
                results.environment(), finished, planned, byKey, List.copyOf(results.machines(results.cells())));
    }

    private static void put(Map<String, Measurement> byKey, String key, Timing timing) {
        if (timing != null) {
            byKey.put(key, new Measurement(key, Measurement.OK, null, timing.medianNs(), timing.samplesNs()));
        }
    }

    /** Did the run finish fewer cells than its campaign planned? JMH files are always whole. */
    public boolean incomplete() {
        return cells != null && plannedCells != null && cells < plannedCells;
    }

    /** The benchmarks of a JMH result file, keyed by name, parameters and mode. */
    public static RunMeasurements ofJmh(JsonNode array, String source) {
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        for (Measurement m : JmhResults.read(array, source)) {
            if (byKey.putIfAbsent(m.key(), m) != null) {
                throw new IllegalArgumentException(source + " holds the benchmark " + m.key() + " twice; give a"
                        + " file of one JMH run");
            }
        }
        return new RunMeasurements(source, "JMH results (" + byKey.size() + " benchmarks)", true, null, null, null,
                byKey, List.of());
    }
}
