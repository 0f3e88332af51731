package org.autodiffbench.reports.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code results.json}. Writes go to a temporary file in the same folder,
 * forced to disk, then renamed over the old file, so a reader (or a run killed with -9) only
 * ever sees a whole file: the previous one or the new one.
 */
public final class ResultsFile {

    public static final String NAME = "results.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {
    }

    /** Writes {@code results} to {@code file} atomically. */
    public static void write(Path file, CampaignResults results) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(results);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a results file.
     *
     * @throws IllegalArgumentException for a missing file, malformed JSON (with line and column)
     *     or a schema version this build does not know
     */
    public static CampaignResults read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no results file at " + file + "; give a results directory written by"
                    + " 'autodiffbench run'");
        }
        try {
            var tree = MAPPER.readTree(file.toFile());
            int version = tree.path("schemaVersion").asInt(-1);
            if (version != CampaignResults.SCHEMA_VERSION) {
                throw new IllegalArgumentException(file + " has results schema version " + version
                        + " but this build reads version " + CampaignResults.SCHEMA_VERSION
                        + "; re-run the campaign or use the matching autodiffbench version");
            }
            return MAPPER.treeToValue(tree, CampaignResults.class);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new IllegalArgumentException("malformed results file " + file + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The shared mapper, configured as results files are written. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
