package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJournalTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(ResultsJournal.NAME);
    }

    @Test
    void whatWasJournalledIsRecoveredWhole() {
        CampaignResults sample = SampleResults.sample();
        ResultsJournal journal = ResultsJournal.start(file(), SampleResults.withCells(3, List.of()));
        sample.cells().forEach(journal::append);

        ResultsJournal.Recovered recovered = ResultsJournal.recover(file());

        assertThat(recovered.results()).isEqualTo(sample);
        assertThat(recovered.unreadableLines()).isZero();
    }

    @Test
    void eachRecordIsOneLineAfterAHeaderWithTheCampaign() throws IOException {
        ResultsJournal journal = ResultsJournal.start(file(), SampleResults.withCells(3,
                List.of(SampleResults.okCell())));
        journal.append(SampleResults.failedCell());

        List<String> lines = Files.readAllLines(file());

        // header, the baseline and the cell of the snapshot, then the appended cell
        assertThat(lines).hasSize(4);
        assertThat(ResultsJson.mapper().readTree(lines.get(0)).at("/campaign/fingerprint").asText())
                .isEqualTo(SampleResults.sample().campaign().fingerprint());
        assertThat(ResultsJson.mapper().readTree(lines.get(0)).get("schemaVersion").asInt())
                .isEqualTo(CampaignResults.SCHEMA_VERSION);
        assertThat(lines.get(3)).isEqualTo(ResultsJson.oneLine(Map.of("cell", SampleResults.failedCell())));
    }

    @Test
    void aTornLastLineIsDroppedAndTheCompleteLinesKept() throws IOException {
        ResultsJournal journal = ResultsJournal.start(file(), SampleResults.withCells(3, List.of()));
        journal.append(SampleResults.okCell());
        String whole = ResultsJson.oneLine(Map.of("cell", SampleResults.overBudgetCell()));
        Files.writeString(file(), whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        ResultsJournal.Recovered recovered = ResultsJournal.recover(file());

        assertThat(recovered.results().cells()).containsExactly(SampleResults.okCell());
        assertThat(recovered.results().baselines()).containsExactly(SampleResults.baseline());
        assertThat(recovered.unreadableLines()).isEqualTo(1);
    }

    @Test
    void aRestartedJournalReplacesTheOldOneWithItsSnapshot() throws IOException {
        ResultsJournal first = ResultsJournal.start(file(), SampleResults.withCells(3, List.of()));
        first.append(SampleResults.okCell());
        Files.writeString(file(), "{\"cell\": {\"id\": \"to", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ResultsJournal.start(file(), ResultsJournal.recover(file()).results()).append(SampleResults.failedCell());

        ResultsJournal.Recovered recovered = ResultsJournal.recover(file());
        assertThat(recovered.results().cells()).containsExactly(SampleResults.okCell(), SampleResults.failedCell());
        assertThat(recovered.unreadableLines()).isZero();
    }

    @Test
    void aJournalWithoutItsHeaderCannotBeRecoveredAndSaysSo() throws IOException {
        Files.writeString(file(), "{\"schemaVersion\":2,\"campa");

        assertThatThrownBy(() -> ResultsJournal.recover(file()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file() + " has no complete first line naming the campaign, so no cell can be recovered"
                        + " from it; run the campaign again");
    }

    @Test
    void anAppendThatFailsIsAWriteFailureNamingTheJournal() throws IOException {
        ResultsJournal journal = ResultsJournal.start(file(), SampleResults.withCells(3, List.of()));
        Files.delete(file());
        Files.createDirectories(file().resolve("in-the-way"));

        assertThatThrownBy(() -> journal.append(SampleResults.okCell()))
                .isInstanceOfSatisfying(ResultsWriteException.class, e -> assertThat(e.file()).isEqualTo(file()))
                .hasMessageStartingWith("cannot write " + file() + " on ");
    }
}
