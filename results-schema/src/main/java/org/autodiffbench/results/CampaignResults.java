package org.autodiffbench.results;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a campaign run produced, as {@code results.json} holds it: the schema version, the
 * campaign, the environment, the baselines of every model and one record per cell, in plan order.
 *
 * @param shard which part of the campaign this run measured; null for a whole campaign and for a merged run
 * @param shards the shards a merged run joins, each with its environment, in shard order; empty otherwise
 */
public record CampaignResults(int schemaVersion, Campaign campaign, Environment environment,
                              List<Baseline> baselines, List<CellResult> cells, Shard shard,
                              List<MeasuredShard> shards) {

    /** The version this build writes. Version 1 files are upgraded when read; newer ones are refused. */
    public static final int SCHEMA_VERSION = 2;

    public CampaignResults {
        Objects.requireNonNull(campaign, "campaign");
        baselines = List.copyOf(baselines);
        cells = List.copyOf(cells);
        shards = shards == null ? List.of() : List.copyOf(shards);
    }

    /** Results of a whole campaign, of the given schema version. */
    public CampaignResults(int schemaVersion, Campaign campaign, Environment environment, List<Baseline> baselines,
                           List<CellResult> cells) {
        this(schemaVersion, campaign, environment, baselines, cells, null, List.of());
    }

    /** Results of a whole campaign, of the current schema. */
    public CampaignResults(Campaign campaign, Environment environment, List<Baseline> baselines,
                           List<CellResult> cells) {
        this(SCHEMA_VERSION, campaign, environment, baselines, cells);
    }

    /** Has every planned cell an outcome? */
    public boolean complete() {
        return cells.size() == campaign.plannedCells();
    }

    /** Where a cell was measured: its shard's environment in a merged run, the run's otherwise. */
    public Environment environmentOf(CellResult cell) {
        for (MeasuredShard measured : shards) {
            if (measured.shard().cells().contains(cell.id())) {
                return measured.environment();
            }
        }
        return environment;
    }

    /** The machines the given cells were measured on, in the order first met; unknown environments left out. */
    public Set<String> machines(List<CellResult> of) {
        Set<String> machines = new LinkedHashSet<>();
        for (CellResult cell : of) {
            Environment where = environmentOf(cell);
            if (where != null) {
                machines.add(where.machine());
            }
        }
        return machines;
    }
}
