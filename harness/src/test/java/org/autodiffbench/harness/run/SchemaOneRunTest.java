package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.harness.cli.CliRun;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.ResultsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run the schema 1 release wrote (forward and reverse on mlp-width and jacobian, kept with its
 * campaign file) against the same campaign run now: {@code compare} matches every cell and
 * baseline across the two schemas, {@code report} draws the old run, and {@code run --resume}
 * reads it as the same campaign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaOneRunTest {

    private static final String FIXTURE = "/org/autodiffbench/harness/run/schema1-run/";

    private Path campaign;
    private Path oldRun;
    private Path newRun;

    @BeforeAll
    void runTheCampaignAgain(@TempDir Path folder) throws IOException {
        campaign = copy("campaign.json", folder.resolve("compare-fixture.json"));
        oldRun = Files.createDirectories(folder.resolve("schema1"));
        copy("results.json", oldRun.resolve(ResultsFile.NAME));
        newRun = folder.resolve("schema2");
        CliRun run = CliRun.of("run", campaign.toString(), "--out", newRun.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = SchemaOneRunTest.class.getResourceAsStream(FIXTURE + resource)) {
            Files.copy(in, to);
        }
        return to;
    }

    @Test
    void compareMatchesEveryCellAndBaselineAcrossTheSchemas() throws IOException {
        assertThat(ResultsJson.mapper().readTree(oldRun.resolve(ResultsFile.NAME).toFile()).get("schemaVersion")
                .asInt()).isEqualTo(1);
        assertThat(ResultsJson.mapper().readTree(newRun.resolve(ResultsFile.NAME).toFile()).get("schemaVersion")
                .asInt()).isEqualTo(2);

        CliRun compare = CliRun.of("compare", oldRun.toString(), newRun.toString(), "--format", "json");

        // the machines and days differ, so a regression may be real; what must hold is the matching
        assertThat(compare.exitCode()).as(compare.err()).isIn(0, 1);
        JsonNode json = compare.json();
        JsonNode counts = json.get("counts");
        assertThat(counts.has("only in old") && counts.has("only in new")).as(counts.toString()).isTrue();
        assertThat(counts.get("only in old").asInt()).isZero();
        assertThat(counts.get("only in new").asInt()).isZero();
        List<String> compared = new ArrayList<>();
        json.get("measurements").forEach(m -> {
            assertThat(m.get("ratio").isNumber()).as(m.toString()).isTrue();
            compared.add(m.get("key").asText());
        });
        assertThat(compared).containsExactlyInAnyOrder("forward|mlp-width|4|gradient", "reverse|mlp-width|4|gradient",
                "forward|jacobian[outputs=4]|4|jacobian", "reverse|jacobian[outputs=4]|4|jacobian",
                "primal|mlp-width|4|", "hand|mlp-width|4|", "primal|jacobian|4|outputs=4", "hand|jacobian|4|outputs=4");
    }

    @Test
    void theOldRunGetsItsReport(@TempDir Path report) throws IOException {
        CliRun written = CliRun.of("report", oldRun.toString(), "--out", report.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        List<String> csv = Files.readAllLines(report.resolve("cells.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(1)).startsWith("forward|mlp-width|4|gradient,forward,forward,,");
        assertThat(csv.get(2)).startsWith("reverse|mlp-width|4|gradient,reverse,reverse,,");
        assertThat(Files.readString(report.resolve("index.html"))).contains("4 of 4 planned cells have results");
    }

    @Test
    void theOldRunIsTheSameCampaignToResume() {
        CliRun resume = CliRun.of("run", campaign.toString(), "--resume", oldRun.toString());

        assertThat(resume.exitCode()).isEqualTo(2);
        assertThat(resume.err()).contains(oldRun + " is complete (4 of 4 cells); nothing to resume");
    }

    /**
     * A NEW run stopped after its first cell, against the whole run it was cut from, fails the
     * gate, naming the cells it lacks and its incompleteness.
     */
    @Test
    void aPartialNewRunFailsTheComparison(@TempDir Path partial) {
        CampaignResults whole = ResultsFile.read(newRun.resolve(ResultsFile.NAME));
        ResultsFile.write(partial.resolve(ResultsFile.NAME), new CampaignResults(whole.campaign(),
                whole.environment(), whole.baselines(), whole.cells().subList(0, 1)));

        CliRun compare = CliRun.of("compare", newRun.toString(), partial.toString());

        assertThat(compare.exitCode()).as(compare.out() + compare.err()).isEqualTo(1);
        assertThat(compare.out()).contains("missing", "reverse|mlp-width|4|gradient",
                "forward|jacobian[outputs=4]|4|jacobian", "reverse|jacobian[outputs=4]|4|jacobian")
                .contains("result: fails: 3 missing cells; NEW is incomplete (1 of 4 planned cells)");
    }
}
