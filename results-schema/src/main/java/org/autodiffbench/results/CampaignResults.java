package org.autodiffbench.results;

import java.util.List;
import java.util.Objects;

/**
 * Everything a campaign run produced, as {@code results.json} holds it: the schema version, the
 * campaign, the environment, the baselines of every model and one record per cell, in plan order.
 */
public record CampaignResults(int schemaVersion, Campaign campaign, Environment environment,
                              List<Baseline> baselines, List<CellResult> cells) {

    /** The version this build writes. Version 1 files are upgraded when read; newer ones are refused. */
    public static final int SCHEMA_VERSION = 2;

    public CampaignResults {
        Objects.requireNonNull(campaign, "campaign");
        baselines = List.copyOf(baselines);
        cells = List.copyOf(cells);
    }

    /** Results of the current schema. */
    public CampaignResults(Campaign campaign, Environment environment, List<Baseline> baselines,
                           List<CellResult> cells) {
        this(SCHEMA_VERSION, campaign, environment, baselines, cells);
    }

    /** Has every planned cell an outcome? */
    public boolean complete() {
        return cells.size() == campaign.plannedCells();
    }
}
