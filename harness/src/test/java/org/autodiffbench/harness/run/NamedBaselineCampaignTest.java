package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.models.NamedBaseline;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.NamedTiming;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign on mlp-width records the kernels its cells' JVMs run (they get the vector module,
 * whatever this JVM has) and times the hand-scalar baseline beside the hand-written one, while
 * ratios stay against the hand-written one.
 */
class NamedBaselineCampaignTest {

    @TempDir
    Path folder;

    @Test
    void theScalarHandGradientIsTimedBesideTheHandOneAndTheKernelsAreRecorded() {
        CampaignResults results = TestCampaigns.run(TestCampaigns.plan("named-baselines", 120,
                        List.of(TestCampaigns.gradient("reverse", "mlp-width", 16))),
                folder.resolve("plugins"), folder.resolve("out"), new PrintWriter(new StringWriter()));

        assertThat(results.environment().kernels()).startsWith("vector: jdk.incubator.vector, ")
                .endsWith(" doubles per vector");
        Baseline baseline = results.baselines().get(0);
        assertThat(baseline.note()).isNull();
        assertThat(baseline.namedBaselines()).extracting(NamedTiming::name).containsExactly(NamedBaseline.HAND_SCALAR);
        NamedTiming scalar = baseline.namedBaselines().get(0);
        assertThat(scalar.timing().medianNs()).isPositive();
        assertThat(scalar.timing().samplesNs()).hasSize(3);
        assertThat(Files.isRegularFile(folder.resolve("out").resolve(ResultsDirectory.jmhName("baseline-1-named"))))
                .isTrue();
        CellResult cell = results.cells().get(0);
        assertThat(cell.outcome()).isEqualTo(Outcome.OK);
        assertThat(cell.baselines().ratioToHand()).isEqualTo(cell.timing().medianNs() / baseline.hand().medianNs());
    }
}
