package org.autodiffbench.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Everything a campaign run produced, as {@code results.json} holds it: the schema version,
 * the campaign as it was run (its JSON, and a fingerprint to match a resumed run against),
 * the environment, the baselines and one record per cell, in plan order.
 *
 * @param plannedCells how many cells the campaign has, so a partial file says how far it got
 */
public record CampaignResults(int schemaVersion, String campaignName, String campaignFile, String fingerprint,
                              JsonNode campaign, boolean quick, Environment environment, int plannedCells,
                              List<Baseline> baselines, List<CellResult> cells) {

    /** The version this build writes; a reader refuses newer ones and says which it found. */
    public static final int SCHEMA_VERSION = 1;

    public CampaignResults {
        baselines = List.copyOf(baselines);
        cells = List.copyOf(cells);
    }

    /** Has every planned cell an outcome? */
    public boolean complete() {
        return cells.size() == plannedCells;
    }
}
