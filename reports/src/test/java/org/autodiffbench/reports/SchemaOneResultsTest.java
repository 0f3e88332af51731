package org.autodiffbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.autodiffbench.reports.compare.Comparison;
import org.autodiffbench.reports.compare.RunMeasurements;
import org.autodiffbench.reports.compare.Verdict;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results directory that the schema 1 release wrote (a fixture of the results module: forward,
 * reverse and two checkpoint schedules on every built-in family) still gets its report, and
 * compares with the same run in the current schema.
 */
class SchemaOneResultsTest {

    private static final String FIXTURE = "/org/autodiffbench/results/schema1/results.json";

    @TempDir
    Path dir;

    private Path schemaOneRun() throws IOException {
        Path run = Files.createDirectories(dir.resolve("schema1-run"));
        try (InputStream in = SchemaOneResultsTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, run.resolve(ResultsFile.NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        return run;
    }

    @Test
    void aSchemaOneRunGetsEveryChartItsDataAllows() throws IOException {
        Report report = ReportWriter.write(schemaOneRun(), null);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .contains("time-vs-params-mlp-width.png", "ratio-vs-params-mlp-depth-width-8.png",
                        "memory-vs-params-ode-chain.png", "memory-vs-compute-mlp-depth-width-8.png",
                        "memory-vs-compute-ode-chain.png", "jacobian-crossover.png", "index.html", "cells.csv");
        String html = Files.readString(report.index());
        assertThat(html).contains("checkpointed-reverse").contains("results schema</th><td>2");
        assertThat(Files.readString(report.directory().resolve("summary.md"))).contains("forward grows as P^");
    }

    @Test
    void aSchemaOneRunComparesWithItselfWrittenInTheCurrentSchema() throws IOException {
        Path old = schemaOneRun();
        Path current = Files.createDirectories(dir.resolve("current"));
        ResultsFile.write(current.resolve(ResultsFile.NAME), ResultsFile.read(old.resolve(ResultsFile.NAME)));
        assertThat(Files.readString(current.resolve(ResultsFile.NAME))).contains("\"schemaVersion\" : 2");

        Comparison comparison = Comparison.of(RunMeasurements.load(old), RunMeasurements.load(current),
                Comparison.DEFAULT_THRESHOLD);

        assertThat(comparison.fails()).isFalse();
        assertThat(comparison.counts().get(Verdict.ONLY_IN_OLD)).isZero();
        assertThat(comparison.counts().get(Verdict.ONLY_IN_NEW)).isZero();
        // 26 ok cells and 9 models' primal and hand baselines, every one matched at ratio 1
        assertThat(comparison.counts().get(Verdict.NO_CHANGE)).isEqualTo(26 + 2 * 9);
        assertThat(comparison.counts().get(Verdict.NOT_COMPARED)).isEqualTo(4);
    }
}
