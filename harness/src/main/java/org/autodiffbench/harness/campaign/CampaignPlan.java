package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.autodiffbench.harness.gradbench.GradBenchTool;
import org.autodiffbench.results.CellSpec;

/**
 * A validated campaign, expanded into its cells in the order they run: each cell is the
 * {@link CellSpec} that travels unchanged to its JVM, its JMH fork and its result.
 *
 * @param source the campaign file's JSON, kept in the results
 * @param fingerprint a hash of the campaign's content and the quick flag: a resumed run must match it
 * @param cellBudgetSeconds the most time one cell may take, agreement and timing together
 * @param tolerance the largest ρ at which a derivative still agrees
 * @param finiteDifferenceDirections how many random directions the central-difference check uses
 * @param tools the external GradBench tools the engines section names, by the id their cells carry
 */
public record CampaignPlan(String name, String file, JsonNode source, String fingerprint, boolean quick, long seed,
                           TimingSettings timing, double cellBudgetSeconds, double tolerance,
                           int finiteDifferenceDirections, List<CellSpec> cells, Map<String, GradBenchTool> tools) {

    public CampaignPlan {
        cells = List.copyOf(cells);
        tools = Map.copyOf(tools);
    }

    /** A campaign of this project's engines only. */
    public CampaignPlan(String name, String file, JsonNode source, String fingerprint, boolean quick, long seed,
                        TimingSettings timing, double cellBudgetSeconds, double tolerance,
                        int finiteDifferenceDirections, List<CellSpec> cells) {
        this(name, file, source, fingerprint, quick, seed, timing, cellBudgetSeconds, tolerance,
                finiteDifferenceDirections, cells, Map.of());
    }

    /** The same campaign with another budget for each cell, as {@code run --budget} sets it. */
    public CampaignPlan withCellBudgetSeconds(double seconds) {
        return new CampaignPlan(name, file, source, fingerprint, quick, seed, timing, seconds, tolerance,
                finiteDifferenceDirections, cells, tools);
    }
}
