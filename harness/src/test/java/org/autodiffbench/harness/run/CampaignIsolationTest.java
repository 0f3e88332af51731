package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.cell.CellJvm;
import org.autodiffbench.harness.testengines.ExitingTestEngine;
import org.autodiffbench.harness.testengines.FailingTestEngine;
import org.autodiffbench.harness.testengines.LateNanTestEngine;
import org.autodiffbench.harness.testengines.MemoryHogTestEngine;
import org.autodiffbench.harness.testengines.NanTestEngine;
import org.autodiffbench.harness.testengines.OffByOneTestEngine;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.SchemaCheck;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.Unreliability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign with misbehaving engines beside working ones: each broken cell ends with its own
 * outcome and reason, and the working cells still run, agree and are timed, with their ratios
 * to the model's baselines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignIsolationTest {

    private Path out;
    private CampaignResults results;
    private Map<String, CellResult> byEngine;
    private String log;

    @BeforeAll
    void runTheCampaign(@TempDir Path plugins, @TempDir Path out) {
        this.out = out;
        CampaignPlan plan = TestCampaigns.plan("isolation", 30, List.of(
                TestCampaigns.gradient("reverse", "scalar-example", 2),
                TestCampaigns.gradient(FailingTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(NanTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(OffByOneTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(ExitingTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(MemoryHogTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(LateNanTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient("forward", "scalar-example", 2)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter err = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
        results = TestCampaigns.run(plan, plugins, out, err);
        log = bytes.toString(StandardCharsets.UTF_8);
        byEngine = results.cells().stream().collect(Collectors.toMap(c -> c.spec().engine(), Function.identity()));
    }

    @Test
    void everyCellHasAnOutcomeAndTheFileSaysSo() {
        assertThat(results.cells()).hasSize(8);
        assertThat(results.complete()).isTrue();
        assertThat(ResultsFile.read(out.resolve(ResultsFile.NAME))).isEqualTo(results);
        assertThat(log.lines().toList()).hasSize(8).allMatch(l -> l.matches("\\[\\d/8] .*: .* \\(elapsed .*, ETA .*\\)"));
    }

    /** The file a real run writes is valid against the documented JSON Schema of the results module. */
    @Test
    void theFileIsValidAgainstTheResultsSchema() {
        assertThat(SchemaCheck.violations(out.resolve(ResultsFile.NAME))).isEmpty();
    }

    @Test
    void brokenEnginesEndWithTheirOwnOutcomeAndReason() {
        assertThat(byEngine.get(FailingTestEngine.ID).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(byEngine.get(FailingTestEngine.ID).reason())
                .isEqualTo("call: IllegalStateException: " + FailingTestEngine.MESSAGE);
        assertThat(byEngine.get(NanTestEngine.ID).outcome()).isEqualTo(Outcome.DISAGREES);
        assertThat(byEngine.get(NanTestEngine.ID).reason()).isEqualTo("non-finite: derivative[0] is NaN");
        assertThat(byEngine.get(OffByOneTestEngine.ID).outcome()).isEqualTo(Outcome.DISAGREES);
        assertThat(byEngine.get(OffByOneTestEngine.ID).agreement().maxRho()).isGreaterThan(1e-9);
        assertThat(byEngine.get(ExitingTestEngine.ID).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(byEngine.get(ExitingTestEngine.ID).reason())
                .isEqualTo("the cell's JVM exited with code " + ExitingTestEngine.STATUS + " without a result");
        assertThat(byEngine.get(MemoryHogTestEngine.ID).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(byEngine.get(MemoryHogTestEngine.ID).reason()).isEqualTo("OutOfMemoryError: Java heap space");
        for (String broken : List.of(FailingTestEngine.ID, NanTestEngine.ID, OffByOneTestEngine.ID,
                ExitingTestEngine.ID, MemoryHogTestEngine.ID, LateNanTestEngine.ID)) {
            CellResult cell = byEngine.get(broken);
            assertThat(cell.timing()).as(broken).isNull();
            assertThat(cell.baselines().ratioToPrimal()).as(broken).isNull();
            assertThat(cell.baselines().primalNs()).as(broken).isPositive();
            assertThat(cell.jmhFile()).as(broken).isNull();
        }
    }

    /** An engine checked correct and then timed answering NaN is not recorded ok. */
    @Test
    void anEngineThatBreaksOnlyWhileTimedDisagrees() {
        CellResult cell = byEngine.get(LateNanTestEngine.ID);

        assertThat(cell.agreement().maxRho()).as("the check itself passed").isLessThanOrEqualTo(1e-9);
        assertThat(cell.outcome()).isEqualTo(Outcome.DISAGREES);
        assertThat(cell.reason()).isEqualTo("the result during timing differs from the checked one:"
                + " derivative[0] is NaN");
    }

    @Test
    void workingEnginesAgreeAndAreTimedAgainstTheBaselines() throws IOException {
        Baseline baseline = results.baselines().get(0);
        assertThat(results.baselines()).hasSize(1);
        assertThat(baseline.primalSource()).isEqualTo("hand");
        assertThat(baseline.problem()).isEqualTo(new Problem(2, 1L, 1, baseline.problem().primalFlops(),
                "number of inputs (fixed)"));
        assertThat(baseline.primal()).isNotNull();
        assertThat(baseline.hand()).isNotNull();
        for (String engine : List.of("reverse", "forward")) {
            CellResult cell = byEngine.get(engine);
            assertThat(cell.outcome()).as(engine).isEqualTo(Outcome.OK);
            assertThat(cell.reason()).isNull();
            assertThat(cell.problem()).isEqualTo(baseline.problem());
            assertThat(cell.agreement().maxRho()).isLessThanOrEqualTo(cell.agreement().tolerance()).isLessThan(1e-15);
            assertThat(cell.agreement().tolerance()).isEqualTo(1e-9);
            assertThat(cell.agreement().references().get(0).reference()).isEqualTo("hand");
            assertThat(cell.engine().mode()).isEqualTo(engine.equals("reverse") ? EngineMode.REVERSE
                    : EngineMode.FORWARD);
            Timing timing = cell.timing();
            assertThat(timing.samplesNs()).hasSize(TestCampaigns.FAST.forks()
                    * TestCampaigns.FAST.measurementIterations());
            assertThat(timing.medianNs()).isBetween(timing.minNs(), timing.maxNs()).isPositive();
            assertThat(timing.medianNs()).isBetween(timing.interval().lowNs(), timing.interval().highNs());
            assertThat(timing.interval().lowNs()).isGreaterThanOrEqualTo(timing.minNs());
            assertThat(timing.interval().samples()).isEqualTo(timing.samplesNs().size());
            assertThat(timing.forks()).isEqualTo(TestCampaigns.FAST.forks());
            assertThat(timing.measurementIterations()).isEqualTo(TestCampaigns.FAST.measurementIterations());
            assertThat(timing.allocBytesPerCall()).isNotNull().isGreaterThanOrEqualTo(0.0);
            assertThat(cell.baselines().primalNs()).isEqualTo(baseline.primal().medianNs());
            assertThat(cell.baselines().handNs()).isEqualTo(baseline.hand().medianNs());
            assertThat(cell.baselines().ratioToPrimal()).isEqualTo(timing.medianNs() / baseline.primal().medianNs());
            assertThat(cell.baselines().ratioToHand()).isEqualTo(timing.medianNs() / baseline.hand().medianNs());
            assertThat(cell.statistics().retainedBytes()).isPositive();
            assertThat(cell.statistics().flops()).isPositive();
            JsonNode jmh = ResultsJson.mapper().readTree(out.resolve(cell.jmhFile()).toFile());
            assertThat(jmh).hasSize(1);
            // the JMH fork was handed the planned spec itself, and it comes back unchanged
            CellSpec forked = ResultsJson.mapper().readValue(jmh.get(0).get("params").get("cell").asText(),
                    CellSpec.class);
            assertThat(forked).isEqualTo(cell.spec());
            assertThat(jmh.get(0).get("primaryMetric").get("score").asDouble()).isEqualTo(timing.meanNs());
        }
        assertThat(byEngine.get("reverse").statistics().adjointSweeps()).isEqualTo(1);
        assertThat(byEngine.get("forward").statistics().tangentSweeps()).isEqualTo(2);
    }

    /** Every cell run records the machine's load at its start and end, and a timed one is judged by it. */
    @Test
    void everyCellRecordsTheLoadAndTimedCellsAreJudgedByItAndTheirSpread() {
        int cpus = Runtime.getRuntime().availableProcessors();
        for (CellResult cell : results.cells()) {
            for (MachineLoad load : List.of(cell.load().start(), cell.load().end())) {
                assertThat(load.cpus()).as(cell.id()).isEqualTo(cpus);
                assertThat(load.loadAverage()).as(cell.id()).isNotNull().isGreaterThanOrEqualTo(0.0);
            }
            if (cell.timing() == null) {
                assertThat(cell.unreliable()).as(cell.id()).isNull();
                continue;
            }
            boolean busy = cell.load().start().loadAverage() > cpus || cell.load().end().loadAverage() > cpus;
            List<Double> samples = cell.timing().samplesNs().stream().sorted().toList();
            double spread = (samples.get(samples.size() - 1) - samples.get(0)) / samples.get(samples.size() / 2);
            assertThat(cell.unreliable().stream().anyMatch(u -> u.cause() == Unreliability.Cause.LOAD))
                    .as("%s load %s", cell.id(), cell.load()).isEqualTo(busy);
            assertThat(cell.unreliable().stream().anyMatch(u -> u.cause() == Unreliability.Cause.SPREAD))
                    .as("%s samples %s", cell.id(), samples).isEqualTo(spread > 0.25);
        }
    }

    @Test
    void theEnvironmentSaysWhereItRan() {
        var environment = results.environment();
        assertThat(environment.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(environment.jvmVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(environment.maxHeapBytes()).isEqualTo(RunEnvironment.heapBytes(CellJvm.heap()));
        assertThat(environment.startedAt()).isNotNull();
        assertThat(environment.finishedAt()).isGreaterThan(environment.startedAt());
    }
}
