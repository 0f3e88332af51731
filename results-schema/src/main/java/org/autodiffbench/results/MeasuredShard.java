package org.autodiffbench.results;

import java.util.Objects;

/**
 * One shard of a merged run: which cells it planned, and where it measured them (machine, JVM,
 * start and end). Each cell keeps its own load.
 */
public record MeasuredShard(Shard shard, Environment environment) {

    public MeasuredShard {
        Objects.requireNonNull(shard, "shard");
    }
}
