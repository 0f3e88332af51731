package org.autodiffbench.results;

import java.util.List;
import java.util.Objects;

/**
 * Which part of a campaign a run measured: shard {@code index} of {@code count}, with the ids of
 * its own cells and of every cell the campaign plans, so that a merge of shards can put the cells
 * back in plan order and name the cells no shard measured.
 *
 * @param index this shard's number, 1 to {@code count}
 * @param count how many shards the campaign was cut into
 * @param cells the ids of the cells this shard runs, in plan order
 * @param campaignCells the ids of every cell of the campaign, in plan order
 */
public record Shard(int index, int count, List<String> cells, List<String> campaignCells) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: K must be 1 to N");
        }
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        campaignCells = List.copyOf(Objects.requireNonNull(campaignCells, "campaignCells"));
    }

    /** {@code K/N}, as {@code --shard} takes it. */
    public String label() {
        return index + "/" + count;
    }
}
