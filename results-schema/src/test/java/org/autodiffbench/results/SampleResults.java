package org.autodiffbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;

/** Results with every kind of record and value in them: nulls, NaN, maps, nested parts, every state of a cell. */
public final class SampleResults {

    private SampleResults() {
    }

    public static CampaignResults withCells(int planned, List<CellResult> cells) {
        return new CampaignResults(new Campaign("smoke", "campaigns/smoke.json",
                "3f1c0b0de3a94f6c93c1a4b3e2d0f41f8cf6d3b0a1e5c7d9f2b4a6c8e0d1f3a5", false, planned, campaign()),
                environment(), List.of(baseline()), cells);
    }

    public static CampaignResults sample() {
        return withCells(3, List.of(okCell(), overBudgetCell(), failedCell()));
    }

    static JsonNode campaign() {
        try {
            return new ObjectMapper().readTree("""
                    {"name": "smoke", "seed": 1, "engines": [{"id": "reverse"}],
                     "models": [{"family": "mlp-width", "sizes": [4, 8]}], "agreement": {"tolerance": 1e-9}}
                    """);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static Environment environment() {
        return new Environment("OpenJDK 64-Bit Server VM", "17.0.12", "Linux 6.1 amd64", "AMD EPYC", 2,
                4_294_967_296L, null, "2025-01-02T03:04:05Z", null,
                "vector: jdk.incubator.vector, 512-bit, 8 doubles per vector");
    }

    public static ModelSpec model(int size) {
        return new ModelSpec("mlp-width", size, Map.of(), 1);
    }

    public static Problem problem(int width) {
        return new Problem((long) width * width + 76L * width + 10, 1L, 1, 4_000L, "hidden width w");
    }

    public static Baseline baseline() {
        return new Baseline(model(4), problem(4), "hand", timing(1200.5), timing(2400.25), null,
                List.of(new NamedTiming("hand-scalar", "the hand-written derivative on the scalar kernels",
                        timing(3900.75))));
    }

    /** Three iterations of one fork, with an interval that could not be made (NaN bounds). */
    public static Timing timing(double median) {
        return new Timing(median, median * 1.01, median * 0.9, median * 1.2,
                new ConfidenceInterval(Double.NaN, Double.NaN, 0.999, "JMH Student-t over iterations", 3),
                List.of(median * 0.9, median, median * 1.2), 48.0, 1, 1, 3);
    }

    public static CellResult okCell() {
        CellSpec spec = new CellSpec("reverse", Map.of(), model(4), Operator.GRADIENT);
        Timing timing = timing(3000);
        return new CellResult(spec.id(), spec, Outcome.OK, null, problem(4),
                new EngineFacts("0.1.0", EngineMode.REVERSE, ExecutionStyle.INTERPRETED),
                new Agreement(1.5e-16, 1e-9, "hand at derivative[3]", List.of(
                        new ReferenceCheck("hand", ReferenceKind.HAND, 1.5e-16, 1e-9, null),
                        new ReferenceCheck("finite differences", ReferenceKind.FINITE_DIFFERENCES, 3.1e-11, 1e-6,
                                "3 directions of hand's value"))),
                new CallStatistics(0, 1, 1, 11_264, 4_321, Map.of("tapedNodes", 17L)), timing,
                Baselines.of(baseline(), timing), "jmh/1.json", "2025-01-02T03:04:06Z", "2025-01-02T03:04:09Z",
                new CellLoad(new MachineLoad(3.1, 2), new MachineLoad(null, 2)),
                List.of(new Unreliability(Unreliability.Cause.LOAD, "load 3.1 on 2 CPUs at start")),
                new Preparation(4_200_000, 850_500.5, 4));
    }

    public static CellResult overBudgetCell() {
        CellSpec spec = new CellSpec("forward", Map.of("lanes", "1"), model(8), Operator.GRADIENT);
        return new CellResult(spec.id(), spec, Outcome.OVER_BUDGET, "estimated 41.2 s > budget 20 s", problem(8),
                new EngineFacts("0.1.0", EngineMode.FORWARD), null, null, null, null, null, "2025-01-02T03:04:10Z",
                "2025-01-02T03:04:11Z");
    }

    public static CellResult failedCell() {
        CellSpec spec = new CellSpec("crashing", Map.of(), model(4), Operator.GRADIENT);
        return new CellResult(spec.id(), spec, Outcome.FAILED, "IllegalStateException: tape overflow", problem(4),
                null, null, null, null, null, null, "2025-01-02T03:04:12Z", "2025-01-02T03:04:12Z");
    }
}
