package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.cli.CliRun;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.autodiffbench.harness.testengines.ThrowingInstanceTestFamily;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign whose {@code pluginPath} brings a model family that throws in {@code instance()}:
 * the campaign is accepted, the family's cell and baseline are recorded failed with the family's
 * message, and the cells of the other family are measured as usual.
 */
class PluginFamilyCampaignTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetPlugins() {
        System.clearProperty(PluginPath.PROPERTY);
    }

    @Test
    void aFamilyThatThrowsInInstanceIsAFailedCellAndTheCampaignFinishesTheOthers() throws IOException {
        Path plugins = folder.resolve("plugins");
        TestPluginJars.writeFamilies(plugins, "families.jar", ThrowingInstanceTestFamily.class.getName() + "\n");
        Path campaign = Files.writeString(folder.resolve("campaign.json"), """
                {"name": "plugin-family", "seed": 1, "pluginPath": ["%s"],
                 "engines": [{"id": "reverse"}],
                 "models": [{"family": "scalar-example"}, {"family": "%s", "sizes": [2]}],
                 "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                            "measurementIterations": 3, "measurementMillis": 20},
                 "budget": {"cellSeconds": 30}}
                """.formatted(plugins, ThrowingInstanceTestFamily.ID));
        Path out = folder.resolve("out");

        CliRun run = CliRun.of("run", campaign.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        CampaignResults results = ResultsFile.read(out.resolve(ResultsFile.NAME));
        assertThat(results.cells()).hasSize(2);
        CellResult failed = results.cells().stream()
                .filter(c -> c.spec().model().family().equals(ThrowingInstanceTestFamily.ID)).findFirst().orElseThrow();
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.reason()).isEqualTo("model: " + ThrowingInstanceTestFamily.FAILURE);
        assertThat(results.cells()).filteredOn(c -> c.spec().model().family().equals("scalar-example"))
                .singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(Outcome.OK));
        Baseline baseline = results.baselines().stream()
                .filter(b -> b.model().family().equals(ThrowingInstanceTestFamily.ID)).findFirst().orElseThrow();
        assertThat(baseline.note()).isEqualTo("model: " + ThrowingInstanceTestFamily.FAILURE);
        assertThat(baseline.primal()).isNull();
    }
}
