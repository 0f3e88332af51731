package org.autodiffbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes {@code results.json}. Writes go to a temporary file in the same folder,
 * forced to disk, then renamed over the old file, so a reader (or a run killed with -9) only
 * ever sees a whole file: the previous one or the new one. Reads accept the current schema and
 * upgrade version 1 in memory ({@link SchemaOneUpgrade}).
 */
public final class ResultsFile {

    public static final String NAME = "results.json";

    private static final ObjectMapper MAPPER = ResultsJson.mapper();

    private ResultsFile() {
    }

    /** Writes {@code results} to {@code file} atomically. */
    public static void write(Path file, CampaignResults results) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            ByteBuffer bytes = ByteBuffer.wrap(MAPPER.writeValueAsBytes(results));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
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
     * Reads a results file of the current schema or of version 1.
     *
     * @throws IllegalArgumentException for a missing file, one that is not a results file (saying
     *     what it is), malformed JSON (with line and column) or a schema version this build does not know
     */
    public static CampaignResults read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no results file at " + file + "; give a results directory written by"
                    + " 'autodiffbench run'");
        }
        JsonNode tree;
        try {
            if (Files.size(file) == 0) {
                throw new IllegalArgumentException(file + " is empty, not a results file; a run that was stopped"
                        + " before its first write leaves none: run the campaign again");
            }
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed results file " + file + JsonProblemText.location(e) + ": "
                    + JsonProblemText.reason(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        return fromTree(tree, file.toString());
    }

    /**
     * The results a parsed file holds.
     *
     * @param source names the file in messages
     */
    public static CampaignResults fromTree(JsonNode tree, String source) {
        if (tree == null || !tree.isObject()) {
            String what = tree != null && tree.isArray() ? "a JSON array (a JMH result file?)" : "not a JSON object";
            throw new IllegalArgumentException(source + " is " + what + ", not a results file; give the results.json"
                    + " that 'autodiffbench run' writes");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new IllegalArgumentException(source + " has no schemaVersion, so it is not a results file; give the"
                    + " results.json that 'autodiffbench run' writes");
        }
        int v = version.intValue();
        try {
            if (v == 1) {
                return SchemaOneUpgrade.upgrade(tree);
            }
            if (v == CampaignResults.SCHEMA_VERSION) {
                return MAPPER.treeToValue(tree, CampaignResults.class);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException(source + " does not hold results of schema version " + v + ": "
                    + JsonProblemText.reason(e));
        }
        throw new IllegalArgumentException(source + " has results schema version " + v + " but this build reads"
                + " versions 1 and " + CampaignResults.SCHEMA_VERSION
                + "; use the autodiffbench version that wrote it, or a newer one");
    }
}
