package org.autodiffbench.reports.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(read.cells().get(0).timing().ciLowNs()).isNaN();
        assertThat(read.cells().get(1).maxRho()).isNull();
        assertThat(read.cells().get(2).options()).isEmpty();
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
    void theFileCarriesOutcomesAsHyphenatedLabelsAndTheSchemaVersion() throws IOException {
        ResultsFile.write(file(), SampleResults.sample());

        var tree = ResultsFile.mapper().readTree(file().toFile());

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(CampaignResults.SCHEMA_VERSION);
        assertThat(tree.get("cells").findValuesAsText("outcome")).containsExactly("ok", "over-budget", "failed");
        assertThat(tree.get("campaign").get("agreement").get("tolerance").asDouble()).isEqualTo(1e-9);
    }

    @Test
    void anotherSchemaVersionIsRefusedNamingBoth() throws IOException {
        ObjectNode tree = ResultsFile.mapper().valueToTree(SampleResults.sample());
        tree.put("schemaVersion", 2);
        Files.writeString(file(), tree.toString());

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file() + " has results schema version 2 but this build reads version 1; re-run the campaign"
                        + " or use the matching autodiffbench version");
    }

    @Test
    void aFileWithoutASchemaVersionIsRefused() throws IOException {
        Files.writeString(file(), "{\"campaignName\": \"smoke\"}");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .hasMessageStartingWith(file() + " has results schema version -1 but this build reads version 1");
    }

    @Test
    void aMalformedFileNamesTheLineAndColumn() throws IOException {
        // line 3 is "  oops": the 'o' is column 3
        Files.writeString(file(), "{\n  \"schemaVersion\": 1,\n  oops\n}");

        assertThatThrownBy(() -> ResultsFile.read(file()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed results file " + file() + " at line 3, column 3: ");
    }

    @Test
    void aMissingFileSaysWhatToGive() {
        Path missing = folder.resolve("run-1").resolve(ResultsFile.NAME);

        assertThatThrownBy(() -> ResultsFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no results file at " + missing + "; give a results directory written by 'autodiffbench run'");
    }

    @Test
    void aPartialRunIsNotComplete() {
        assertThat(SampleResults.withCells(3, List.of(SampleResults.okCell())).complete()).isFalse();
        assertThat(SampleResults.sample().complete()).isTrue();
    }
}
