package org.autodiffbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's append-only journal, {@code cells.jsonl} beside {@code results.json}: a first line with
 * the schema version, the campaign and the environment, then one line of JSON per baseline and per
 * cell as each is recorded, each forced to disk. When results.json is lost, cut short or
 * overwritten, the journal still holds every record whose line is complete, so a resumed run
 * keeps them ({@link #recover}).
 */
public final class ResultsJournal {

    public static final String NAME = "cells.jsonl";

    private static final ObjectMapper MAPPER = ResultsJson.mapper();
    private static final String BASELINE = "baseline";
    private static final String CELL = "cell";

    private final Path file;

    private ResultsJournal(Path file) {
        this.file = file;
    }

    /** The journal's first line: what a recovered run is checked against before it resumes. */
    private record Header(int schemaVersion, Campaign campaign, Environment environment) {
    }

    /**
     * What a journal gave back.
     *
     * @param results the campaign, environment, baselines and cells of its complete lines, the last record of
     *     each baseline and cell winning
     * @param unreadableLines lines that did not parse (a line torn when the run stopped), left out
     */
    public record Recovered(CampaignResults results, int unreadableLines) {
    }

    /**
     * Starts {@code file} afresh with everything {@code snapshot} holds, replacing it whole.
     *
     * @throws ResultsWriteException if it cannot be written; an old journal is then untouched
     */
    public static ResultsJournal start(Path file, CampaignResults snapshot) {
        StringBuilder lines = new StringBuilder(ResultsJson.oneLine(new Header(snapshot.schemaVersion(),
                snapshot.campaign(), snapshot.environment()))).append('\n');
        snapshot.baselines().forEach(b -> lines.append(line(BASELINE, b)));
        snapshot.cells().forEach(c -> lines.append(line(CELL, c)));
        AtomicFile.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        return new ResultsJournal(file);
    }

    /** Appends a model's baselines. @throws ResultsWriteException if the line cannot be written whole */
    public void append(Baseline baseline) {
        append(line(BASELINE, baseline));
    }

    /** Appends a cell's result. @throws ResultsWriteException if the line cannot be written whole */
    public void append(CellResult cell) {
        append(line(CELL, cell));
    }

    private static String line(String kind, Object record) {
        return ResultsJson.oneLine(Map.of(kind, record)) + "\n";
    }

    private void append(String line) {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long before = channel.size();
            try {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
            } catch (IOException e) {
                channel.truncate(before);
                throw e;
            }
        } catch (IOException e) {
            throw ResultsWriteException.of(file, e);
        }
    }

    /**
     * Reads back every complete line of a journal.
     *
     * @throws IllegalArgumentException if it cannot be read, its first line is not whole, or it was written
     *     with another schema version
     */
    public static Recovered recover(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        List<String> lines = text.lines().toList();
        Header header = lines.isEmpty() ? null : parse(lines.get(0), Header.class);
        if (header == null || header.campaign() == null || header.environment() == null
                || !text.contains("\n")) {
            throw new IllegalArgumentException(file + " has no complete first line naming the campaign, so no cell"
                    + " can be recovered from it; run the campaign again");
        }
        if (header.schemaVersion() != CampaignResults.SCHEMA_VERSION) {
            throw new IllegalArgumentException(file + " was written with results schema version "
                    + header.schemaVersion() + " but this build writes " + CampaignResults.SCHEMA_VERSION
                    + "; finish the run with the autodiffbench version that started it");
        }
        Map<ModelSpec, Baseline> baselines = new LinkedHashMap<>();
        Map<String, CellResult> cells = new LinkedHashMap<>();
        int unreadable = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode record = parse(line, JsonNode.class);
            Baseline baseline = record == null ? null : parse(record.get(BASELINE), Baseline.class);
            CellResult cell = record == null ? null : parse(record.get(CELL), CellResult.class);
            if (baseline != null) {
                baselines.put(baseline.model(), baseline);
            } else if (cell != null) {
                cells.put(cell.id(), cell);
            } else {
                unreadable++;
            }
        }
        return new Recovered(new CampaignResults(header.schemaVersion(), header.campaign(), header.environment(),
                List.copyOf(baselines.values()), List.copyOf(cells.values())), unreadable);
    }

    /** The line as a record, or null when it is not whole JSON of that record. */
    private static <T> T parse(String line, Class<T> type) {
        try {
            return MAPPER.readValue(line, type);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static <T> T parse(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
