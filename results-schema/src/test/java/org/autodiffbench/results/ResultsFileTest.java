package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(ResultsFile.NAME);
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        CampaignResults results = SampleResults.sample();

        ResultsFile.write(file(), results);

        CampaignResults read = ResultsFile.read(file());
        assertThat(read).isEqualTo(results);
        assertThat(read.cells().get(0).timing().interval().lowNs()).isNaN();
        assertThat(read.cells().get(1).agreement()).isNull();
        assertThat(read.cells().get(2).spec().engineOptions()).isEmpty();
        assertThat(read.environment().gitCommit()).isNull();
    }

    @Test
    void aWriteReplacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        ResultsFile.write(file(), SampleResults.withCells(3, List.of(SampleResults.okCell())));
        CampaignResults later = SampleResults.sample();

        ResultsFile.write(file(), later);

        assertThat(filesInFolder()).containsExactly(ResultsFile.NAME);
        assertThat(ResultsFile.read(file())).isEqualTo(later);
        assertThat(ResultsFile.read(file()).complete()).isTrue();
    }

    @Test
    void theFileCarriesLabelsForOutcomesOperatorsAndModesAndTheSchemaVersion() throws IOException {
        ResultsFile.write(file(), SampleResults.sample());

        JsonNode tree = ResultsJson.mapper().readTree(file().toFile());

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(CampaignResults.SCHEMA_VERSION);
        assertThat(tree.get("cells").findValuesAsText("outcome")).containsExactly("ok", "over-budget", "failed");
        assertThat(tree.at("/cells/0/spec/operator").asText()).isEqualTo("gradient");
        assertThat(tree.at("/cells/0/engine/mode").asText()).isEqualTo("reverse");
        assertThat(tree.at("/cells/0/spec/model/family").asText()).isEqualTo("mlp-width");
        assertThat(tree.at("/campaign/source/agreement/tolerance").asDouble()).isEqualTo(1e-9);
    }

    @Test
    void aNewerSchemaVersionIsRefusedNamingBoth() throws IOException {
        ObjectNode tree = ResultsJson.mapper().valueToTree(SampleResults.sample());
        tree.put("schemaVersion", 3);
        Files.writeString(file(), tree.toString());

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(UnreadableResultsException.class)
                .hasMessage(file() + " has results schema version 3 but this build reads versions 1 and 2; use the"
                        + " autodiffbench version that wrote it, or a newer one");
    }

    @Test
    void anEmptyFileIsNamedAsEmpty() throws IOException {
        Files.writeString(file(), "");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessageStartingWith(file() + " is empty, not a results file");
    }

    @Test
    void anObjectWithoutASchemaVersionIsNotAResultsFile() throws IOException {
        Files.writeString(file(), "{}");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessage(file() + " has no schemaVersion, so it is not a results file; give the results.json that"
                        + " 'autodiffbench run' writes");
    }

    @Test
    void aJmhResultFileIsRecognisedAsOne() throws IOException {
        Files.writeString(file(), "[{\"benchmark\": \"x.y\", \"mode\": \"avgt\"}]");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessageStartingWith(file() + " is a JSON array (a JMH result file?), not a results file");
    }

    @Test
    void aMalformedFileNamesTheLineAndColumn() throws IOException {
        // line 3 is "  oops": the 'o' is column 3
        Files.writeString(file(), "{\n  \"schemaVersion\": 2,\n  oops\n}");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed results file " + file() + " at line 3, column 3: ");
    }

    @Test
    void aFileOfTheRightVersionButTheWrongShapeSaysSo() throws IOException {
        Files.writeString(file(), "{\"schemaVersion\": 2, \"cells\": 7}");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessageStartingWith(file() + " does not hold results of schema version 2: ");
    }

    @Test
    void aMissingFileSaysWhatToGive() {
        Path missing = folder.resolve("run-1").resolve(ResultsFile.NAME);

        assertThatThrownBy(() -> ResultsFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no results file at " + missing + "; give a results directory written by 'autodiffbench run'");
    }

    @Test
    void aWriteThatFailsLeavesThePreviousFileByteForByteAndNamesTheFileAndItsFileSystem() throws IOException {
        ResultsFile.write(file(), SampleResults.withCells(3, List.of(SampleResults.okCell())));
        byte[] before = Files.readAllBytes(file());
        Path temporary = folder.resolve(ResultsFile.NAME + ".tmp");
        Files.createDirectories(temporary.resolve("in-the-way"));

        assertThatThrownBy(() -> ResultsFile.write(file(), SampleResults.sample()))
                .isInstanceOfSatisfying(ResultsWriteException.class, e -> {
                    assertThat(e.file()).isEqualTo(file());
                    assertThat(e.reason()).isEqualTo(temporary + ": Is a directory");
                })
                .hasMessageStartingWith("cannot write " + file() + " on ")
                .hasMessageContaining("(" + Files.getFileStore(folder).type() + ", ")
                .hasMessageEndingWith(" free): " + temporary + ": Is a directory");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aWriteThatCannotBeRenamedIntoPlaceRemovesItsTemporaryFile() throws IOException {
        Files.createDirectories(file().resolve("in-the-way"));

        assertThatThrownBy(() -> ResultsFile.write(file(), SampleResults.sample()))
                .isInstanceOf(ResultsWriteException.class)
                .hasMessageStartingWith("cannot write " + file() + " on ");
        assertThat(filesInFolder()).containsExactly(ResultsFile.NAME);
        assertThat(file()).isDirectory();
    }

    @Test
    void aFileOfBlanksIsNamedAsEmpty() throws IOException {
        Files.writeString(file(), "  \n\n");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .isInstanceOfSatisfying(UnreadableResultsException.class,
                        e -> assertThat(e.damage()).isEqualTo("empty"))
                .hasMessage(file() + " is empty, not a results file; a run that was stopped before its first write"
                        + " leaves none: run the campaign again");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsNamedForWhatItIs() throws IOException {
        Files.writeString(file(), "42");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessage(file() + " is a JSON number, not a results file; give the results.json that"
                        + " 'autodiffbench run' writes")
                .hasMessageNotContaining("version -1");
    }

    @Test
    void whatIsWrongWithAnUnreadableFileIsSaidInAFewWordsForTheRecoveryNotice() throws IOException {
        Files.writeString(file(), "{}");
        assertThatThrownBy(() -> ResultsFile.read(file())).isInstanceOfSatisfying(UnreadableResultsException.class,
                e -> assertThat(e.damage()).isEqualTo("not a results file (it has no schemaVersion)"));

        Files.writeString(file(), "[{\"benchmark\": \"x.y\"}]");
        assertThatThrownBy(() -> ResultsFile.read(file())).isInstanceOfSatisfying(UnreadableResultsException.class,
                e -> assertThat(e.damage()).isEqualTo("not a results file (it is a JSON array (a JMH result file?))"));

        String whole = ResultsJson.mapper().writeValueAsString(SampleResults.sample());
        String half = whole.substring(0, whole.length() / 2);
        Files.writeString(file(), half);
        long lines = half.lines().count();
        assertThatThrownBy(() -> ResultsFile.read(file())).isInstanceOfSatisfying(UnreadableResultsException.class,
                e -> assertThat(e.damage()).startsWith("truncated at line " + lines + ", column "))
                .hasMessageStartingWith("malformed results file " + file() + " at line " + lines + ", column ");

        Path missing = folder.resolve("run-1").resolve(ResultsFile.NAME);
        assertThatThrownBy(() -> ResultsFile.read(missing)).isInstanceOfSatisfying(UnreadableResultsException.class,
                e -> assertThat(e.damage()).isEqualTo("missing"));
    }

    @Test
    void aFileCutShortAnywhereIsNamedAsTruncated() throws IOException {
        byte[] whole = ResultsJson.mapper().writeValueAsBytes(SampleResults.sample());
        for (int length = 1; length < whole.length; length += 7) {
            Files.write(file(), Arrays.copyOf(whole, length));
            int cut = length;
            assertThatThrownBy(() -> ResultsFile.read(file())).as("cut at byte %d", cut)
                    .isInstanceOfSatisfying(UnreadableResultsException.class,
                            e -> assertThat(e.damage()).startsWith("truncated at line "));
        }
    }

    @Test
    void aPartialRunIsNotComplete() {
        assertThat(SampleResults.withCells(3, List.of(SampleResults.okCell())).complete()).isFalse();
        assertThat(SampleResults.sample().complete()).isTrue();
    }
}
