package org.autodiffbench.harness.gradbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.gradbench.GmmFamily;
import org.autodiffbench.models.gradbench.HelloFamily;
import org.autodiffbench.models.gradbench.LlsqFamily;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ReferenceKind;
import org.autodiffbench.results.ToolFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolCellTest {

    private static final EngineRegistry REGISTRY = EngineRegistry.discover();
    private static final ToolCell.Settings SETTINGS = new ToolCell.Settings(Duration.ofSeconds(60), 1e-9, 2, 4, 0);

    @TempDir
    Path scratch;

    /** A JVM on this test's class path running {@code mainClass}. */
    static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static GradBenchTool ownTool() {
        return new GradBenchTool("autodiffbench-reverse",
                java("org.autodiffbench.harness.cli.Main", "gradbench", "--engine", "reverse"), null);
    }

    private GradBenchTool fake(String behaviour) {
        return new GradBenchTool("fake", java(FakeGradBenchTool.class.getName(), behaviour,
                scratch.resolve("pid").toString()), null);
    }

    private static CellSpec cell(String family, int size, Map<String, String> options, Operator operator) {
        return new CellSpec("tool", Map.of(), new ModelSpec(family, size, options, 7), operator);
    }

    @Test
    void ownGradBenchCommandAgreesOnLlsqWithItsEvaluateTimingsAsSamples() {
        ToolCell.Report report = ToolCell.run(ownTool(), cell(LlsqFamily.ID, 16, Map.of(LlsqFamily.COEFFICIENTS, "5"),
                Operator.GRADIENT), REGISTRY, SETTINGS);

        assertEquals(Outcome.OK, report.outcome(), report.reason());
        assertEquals(4, report.timing().samplesNs().size(), "min_runs 4 and min_seconds 0: four evaluate timings");
        assertTrue(report.agreement().maxRho() <= 1e-9, "ρ " + report.agreement().maxRho());
        assertTrue(report.agreement().references().stream().anyMatch(r -> r.kind() == ReferenceKind.HAND),
                "checked against the hand gradient");
        ToolFacts tool = report.engine().tool();
        assertEquals(GradBenchSession.TOOL, tool.name());
        assertEquals("reverse", tool.config().get("engine").asText());
        assertTrue(tool.peakResidentBytes() > 10L << 20, "a JVM's peak resident set: " + tool.peakResidentBytes());
        assertEquals(5L, report.problem().parameters());
    }

    @Test
    void ownGradBenchCommandAgreesOnHelloValueAndGradient() {
        for (Operator operator : List.of(Operator.VALUE, Operator.GRADIENT)) {
            ToolCell.Report report = ToolCell.run(ownTool(), cell(HelloFamily.ID, 1, Map.of(), operator), REGISTRY,
                    SETTINGS);
            assertEquals(Outcome.OK, report.outcome(), operator + ": " + report.reason());
            assertEquals(1, report.timing().samplesNs().size(), "hello's input has no min_runs: one run");
        }
    }

    @Test
    void ownGradBenchCommandAgreesOnGmmsIndependentGradient() {
        ToolCell.Report report = ToolCell.run(ownTool(), cell(GmmFamily.ID, 2,
                Map.of(GmmFamily.DIMENSION, "3", GmmFamily.POINTS, "5"), Operator.GRADIENT), REGISTRY, SETTINGS);

        assertEquals(Outcome.OK, report.outcome(), report.reason());
        assertTrue(report.agreement().references().stream().anyMatch(r -> r.kind() == ReferenceKind.HAND),
                "checked against the hand gradient");
        assertEquals(2L * (1 + 2 * 3 + 3), report.problem().parameters(), "K·(1 + 2D + D(D−1)/2)");
    }

    @Test
    void samplesAreTheToolsOwnTimings() {
        ToolCell.Report report = ToolCell.run(fake("wrong"), cell(HelloFamily.ID, 1, Map.of(), Operator.VALUE),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.OK, report.outcome(), report.reason());
        assertEquals(List.of(1000.0), report.timing().samplesNs());
        assertEquals("fake-wrong", report.engine().tool().name());
    }

    @Test
    void aWrongGradientDisagrees() {
        ToolCell.Report report = ToolCell.run(fake("wrong"), cell(HelloFamily.ID, 1, Map.of(), Operator.GRADIENT),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.DISAGREES, report.outcome());
        assertTrue(report.agreement().maxRho() > 1e-3, "2x + 1 against 2x: ρ " + report.agreement().maxRho());
        assertNull(report.timing());
    }

    @Test
    void aRefusedModuleIsUnsupportedWithTheToolsError() {
        ToolCell.Report report = ToolCell.run(fake("refuse"), cell(HelloFamily.ID, 1, Map.of(), Operator.GRADIENT),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.UNSUPPORTED, report.outcome());
        assertEquals("the tool refuses module hello: fake tool implements no module", report.reason());
    }

    @Test
    void aToolPastTheBudgetTimesOutAndIsKilled() throws IOException {
        long start = System.nanoTime();
        ToolCell.Report report = ToolCell.run(fake("slow"), cell(HelloFamily.ID, 1, Map.of(), Operator.GRADIENT),
                REGISTRY, new ToolCell.Settings(Duration.ofSeconds(3), 1e-9, 2, 1, 0));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(Outcome.TIMEOUT, report.outcome(), report.reason());
        assertTrue(report.reason().contains("no answer to evaluate"), report.reason());
        assertTrue(seconds < 10, "stopped near the 3 s budget, took " + seconds + " s");
        long pid = Long.parseLong(Files.readString(scratch.resolve("pid")));
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the tool is gone");
    }

    @Test
    void aToolThatDiesFailsWithItsExitCodeAndLastErrorLine() {
        ToolCell.Report report = ToolCell.run(fake("die"), cell(HelloFamily.ID, 1, Map.of(), Operator.VALUE),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals("the tool ended with exit code 3 before it answered evaluate: fake tool: cannot allocate the tape",
                report.reason());
        assertNotNull(report.engine().tool());
    }

    @Test
    void garbageInsteadOfAResponseFails() {
        ToolCell.Report report = ToolCell.run(fake("garbage"), cell(HelloFamily.ID, 1, Map.of(), Operator.VALUE),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals("the tool answered evaluate with a line that is not a JSON object: <html>not a response</html>",
                report.reason());
    }

    @Test
    void anOperatorWithoutAnEvalFunctionIsUnsupportedWithoutStartingTheTool() {
        ToolCell.Report report = ToolCell.run(fake("wrong"), cell(HelloFamily.ID, 1, Map.of(), Operator.JACOBIAN),
                REGISTRY, SETTINGS);
        assertEquals(Outcome.UNSUPPORTED, report.outcome());
        assertEquals("no function of GradBench's hello eval computes the jacobian of gb-hello's model (README, 'GradBench tools as engines', says which evals map)",
                report.reason());
        assertFalse(Files.exists(scratch.resolve("pid")), "the tool was not started");
    }

}
