package org.autodiffbench.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** A results file's content with every kind of record and value in it: nulls, NaN, maps, every outcome. */
final class SampleResults {

    private SampleResults() {
    }

    static CampaignResults withCells(int planned, List<CellResult> cells) {
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, "smoke", "campaigns/smoke.json",
                "3f1c0b0de3a94f6c93c1a4b3e2d0f41f8cf6d3b0a1e5c7d9f2b4a6c8e0d1f3a5", campaign(), false, environment(),
                planned, List.of(baseline()), cells);
    }

    static CampaignResults sample() {
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

    static Environment environment() {
        return new Environment("OpenJDK 64-Bit Server VM", "17.0.12", "Linux 6.1 amd64", "AMD EPYC", 2,
                4_294_967_296L, null, "2025-01-02T03:04:05Z", null);
    }

    static Baseline baseline() {
        return new Baseline("mlp-width", 4, "", 350, "hand", timing(1200.5), timing(2400.25), null);
    }

    /** Fewer than 3 measurement iterations leave JMH's confidence interval NaN. */
    static Timing timing(double median) {
        return new Timing(median, median * 1.01, median * 0.9, median * 1.2, Double.NaN, Double.NaN,
                List.of(median * 0.9, median, median * 1.2), 48.0);
    }

    static CellResult okCell() {
        return new CellResult("reverse|mlp-width|4|gradient", "reverse", Map.of(), "reverse", "mlp-width", 4, "", 350,
                "gradient", Outcome.OK, null, 1.5e-16, 1e-9, "hand,reverse,finite-differences", timing(3000),
                1200.5, 2400.25, 3000 / 1200.5, 3000 / 2400.25, 11_264L, 1L, 1L, 4_321L,
                Map.of("tapedNodes", 17L), "jmh/1.json", "2025-01-02T03:04:06Z", "2025-01-02T03:04:09Z");
    }

    static CellResult overBudgetCell() {
        return new CellResult("forward|mlp-width|8|gradient", "forward", Map.of("lanes", "1"), "forward[lanes=1]",
                "mlp-width", 8, "", 714, "gradient", Outcome.OVER_BUDGET, "estimated 41.2 s > budget 20 s", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "2025-01-02T03:04:10Z",
                "2025-01-02T03:04:11Z");
    }

    static CellResult failedCell() {
        return new CellResult("crashing|mlp-width|4|gradient", "crashing", null, "crashing", "mlp-width", 4, "", 350,
                "gradient", Outcome.FAILED, "IllegalStateException: tape overflow", null, 1e-9, null, null, null, null,
                null, null, null, null, null, null, null, null, "2025-01-02T03:04:12Z", "2025-01-02T03:04:12Z");
    }
}
