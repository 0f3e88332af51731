package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.gradbench.GradBenchTool;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign whose engine is this project's own gradbench command, run as an external GradBench tool. */
class GradBenchToolCampaignTest {

    private static final String TOOL = "autodiffbench-reverse";

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    @Test
    void ownGradBenchCommandAsAToolRunsHelloAndLlsqCellsWithItsTimingsAndFacts() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.autodiffbench.harness.cli.Main",
                "gradbench", "--engine", "reverse"));
        List<CellSpec> cells = List.of(
                new CellSpec(TOOL, Map.of(), new ModelSpec("gb-hello", 1, Map.of(), 1), Operator.GRADIENT),
                new CellSpec(TOOL, Map.of(), new ModelSpec("gb-llsq", 8, Map.of("m", "4"), 1), Operator.GRADIENT));
        CampaignPlan plan = new CampaignPlan("gb-tool", "gb-tool.json",
                JsonNodeFactory.instance.objectNode().put("name", "gb-tool"), "gb-tool", false, 1, TestCampaigns.FAST,
                60, 1e-9, 2, cells, Map.of(TOOL, new GradBenchTool(TOOL, command, null)));

        TestCampaigns.run(plan, plugins, out, new PrintWriter(new StringWriter()));
        CampaignResults results = ResultsFile.read(out.resolve(ResultsFile.NAME));

        CellResult hello = results.cells().get(0);
        CellResult llsq = results.cells().get(1);
        assertThat(hello.outcome()).as(hello.reason()).isEqualTo(Outcome.OK);
        assertThat(llsq.outcome()).as(llsq.reason()).isEqualTo(Outcome.OK);
        assertThat(hello.timing().samplesNs()).as("hello's input has no min_runs").hasSize(1);
        // FAST asks for 1 fork × 3 iterations: min_runs 3, min_seconds 0.06
        assertThat(llsq.timing().samplesNs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(llsq.timing().samplesNs().stream().mapToDouble(Double::doubleValue).sum()).isGreaterThan(0.06e9);
        assertThat(llsq.agreement().maxRho()).isLessThanOrEqualTo(1e-9);
        assertThat(llsq.engine().tool().name()).isEqualTo("autodiffbench");
        assertThat(llsq.engine().tool().config().get("engine").asText()).isEqualTo("reverse");
        assertThat(llsq.engine().tool().peakResidentBytes()).isGreaterThan(10L << 20);
        assertThat(llsq.problem().parameters()).isEqualTo(4);
        assertThat(llsq.baselines()).isNotNull();
    }
}
