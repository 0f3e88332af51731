package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version-2 file written before intervals counted their samples, cells recorded the machine's
 * load, their reliability and their preparation time, and engines their execution style, still
 * reads, and valid: what it did not record is null (the style {@link ExecutionStyle#OTHER}).
 */
class EarlierVersionTwoFilesTest {

    @TempDir
    Path folder;

    @Test
    void whatTheFileDidNotRecordReadsAsNull() throws IOException {
        ObjectNode tree = ResultsJson.mapper().valueToTree(SampleResults.sample());
        ObjectNode cell = (ObjectNode) tree.at("/cells/0");
        cell.remove("load");
        cell.remove("unreliable");
        cell.remove("preparation");
        ((ObjectNode) cell.get("engine")).remove("executionStyle");
        ((ObjectNode) cell.at("/timing/interval")).remove("samples");
        Path file = Files.writeString(folder.resolve(ResultsFile.NAME), tree.toString());

        CellResult read = ResultsFile.read(file).cells().get(0);

        assertThat(SchemaCheck.violations(file)).isEmpty();
        assertThat(read.load()).isNull();
        assertThat(read.unreliable()).isNull();
        assertThat(read.flagged()).isFalse();
        assertThat(read.timing().interval().samples()).isNull();
        assertThat(read.preparation()).isNull();
        assertThat(read.executionStyle()).isEqualTo(ExecutionStyle.OTHER);
        assertThat(read.engine().mode()).isEqualTo(EngineMode.REVERSE);
        assertThat(read).isEqualTo(new CellResult(read.id(), read.spec(), read.outcome(), read.reason(),
                read.problem(), read.engine(), read.agreement(), read.statistics(), read.timing(), read.baselines(),
                read.jmhFile(), read.startedAt(), read.finishedAt()));
    }

    @Test
    void aFileWithoutKernelsOrNamedBaselinesReadsThemAsAbsent() throws IOException {
        ObjectNode tree = ResultsJson.mapper().valueToTree(SampleResults.sample());
        ((ObjectNode) tree.at("/environment")).remove("kernels");
        ((ObjectNode) tree.at("/baselines/0")).remove("namedBaselines");
        Path file = Files.writeString(folder.resolve(ResultsFile.NAME), tree.toString());

        CampaignResults read = ResultsFile.read(file);

        assertThat(SchemaCheck.violations(file)).isEmpty();
        assertThat(read.environment().kernels()).isNull();
        assertThat(read.baselines().get(0).namedBaselines()).isEmpty();
    }

    @Test
    void kernelsAndNamedBaselinesReadBackTyped() {
        ResultsFile.write(folder.resolve(ResultsFile.NAME), SampleResults.sample());

        CampaignResults read = ResultsFile.read(folder.resolve(ResultsFile.NAME));

        assertThat(SchemaCheck.violations(folder.resolve(ResultsFile.NAME))).isEmpty();
        assertThat(read.environment().kernels()).isEqualTo("vector: jdk.incubator.vector, 512-bit, 8 doubles per vector");
        assertThat(read.baselines().get(0).namedBaselines()).singleElement().satisfies(named -> {
            assertThat(named.name()).isEqualTo("hand-scalar");
            assertThat(named.timing().medianNs()).isEqualTo(3900.75);
        });
    }

    @Test
    void theLoadAndTheReasonsReadBackTyped() {
        CellResult written = SampleResults.okCell();
        ResultsFile.write(folder.resolve(ResultsFile.NAME), SampleResults.withCells(1, List.of(written)));

        CellResult read = ResultsFile.read(folder.resolve(ResultsFile.NAME)).cells().get(0);

        assertThat(read.load().start().perCpu()).isEqualTo(1.55);
        assertThat(read.load().end().loadAverage()).isNull();
        assertThat(read.unreliable()).extracting(Unreliability::cause).containsExactly(Unreliability.Cause.LOAD);
        assertThat(read.flagged()).isTrue();
    }
}
