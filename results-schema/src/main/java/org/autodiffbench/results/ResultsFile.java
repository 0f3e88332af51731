package org.autodiffbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes {@code results.json}. Writes replace the file whole ({@link AtomicFile}), so a
 * reader, a run killed with -9 or a full disk only ever leaves a whole file: the previous one or
 * the new one. Reads accept the current schema and
 * upgrade version 1 in memory ({@link SchemaOneUpgrade}).
 */
public final class ResultsFile {

    public static final String NAME = "results.json";

    private static final ObjectMapper MAPPER = ResultsJson.mapper();

    /** The longest token a cut can leave half-written before the parser reports it: {@code false}, a number. */
    private static final int CUT_TOKEN_BYTES = 8;

    private ResultsFile() {
    }

    /**
     * Writes {@code results} to {@code file} atomically.
     *
     * @throws ResultsWriteException if it cannot be written whole; the previous file is then untouched
     */
    public static void write(Path file, CampaignResults results) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot turn the results into JSON: " + e.getOriginalMessage(), e);
        }
        AtomicFile.write(file, bytes);
    }

    /**
     * Reads a results file of the current schema or of version 1.
     *
     * @throws UnreadableResultsException for a missing or empty file, malformed JSON (with line and column) or
     *     one that is not a results file (saying what it is)
     * @throws IllegalArgumentException for a schema version this build does not know, or a file of a known
     *     version whose records do not fit it
     */
    public static CampaignResults read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UnreadableResultsException.missing(file);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw UnreadableResultsException.malformed(file, JsonProblemText.location(e), endsTooSoon(file, e),
                    JsonProblemText.reason(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw UnreadableResultsException.empty(file);
        }
        return fromTree(tree, file.toString());
    }

    /**
     * Did the JSON stop in the middle, as a file cut short does: the parser ran out of input, or
     * choked on a token at the very end ({@code nul}, {@code fals}, {@code 1.})?
     */
    private static boolean endsTooSoon(Path file, JsonProcessingException e) {
        if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return true;
        }
        var location = e.getLocation();
        long offset = location == null ? -1
                : location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        try {
            return offset >= 0 && offset >= Files.size(file) - CUT_TOKEN_BYTES;
        } catch (IOException sizeUnknown) {
            return false;
        }
    }

    /**
     * The results a parsed file holds.
     *
     * @param source names the file in messages
     */
    public static CampaignResults fromTree(JsonNode tree, String source) {
        if (tree == null || !tree.isObject()) {
            throw UnreadableResultsException.notResults(source, tree != null && tree.isArray()
                    ? "is a JSON array (a JMH result file?)" : "is a JSON " + kind(tree));
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw UnreadableResultsException.withoutSchemaVersion(source);
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

    /** {@code number}, {@code string}, {@code boolean} or {@code null}: what a JSON value that is no object is. */
    private static String kind(JsonNode tree) {
        return tree == null ? "null" : tree.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
