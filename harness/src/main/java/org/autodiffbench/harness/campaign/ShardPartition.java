package org.autodiffbench.harness.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Shard;

/**
 * Cuts a campaign's cells into shards of about equal estimated time, the same way on every machine.
 *
 * <p>The unit dealt is a model size, never a single cell: a run times a model size's baselines
 * before its first cell, so keeping the size's cells together times them once, and every ratio to
 * the primal at that size rests on one baseline measured on one machine. Units go longest first
 * ({@link CampaignTimeEstimate}), each to the shard with the least estimated time so far (the
 * lowest-numbered on a tie); units of equal estimate go in the order of their model key. This is
 * Graham's longest-processing-time rule: no shard's estimate exceeds the mean by more than the
 * longest unit. The partition depends on the cells and their estimates only, not on the order the
 * campaign file lists them in.
 */
public final class ShardPartition {

    private ShardPartition() {
    }

    /** The cells of every shard, shard 1 first, each in plan order. */
    public static List<List<CellSpec>> of(CampaignPlan plan, int count) {
        Map<String, List<CellSpec>> units = new LinkedHashMap<>();
        for (CellSpec cell : plan.cells()) {
            units.computeIfAbsent(cell.model().key(), key -> new ArrayList<>()).add(cell);
        }
        record Unit(String key, double seconds, List<CellSpec> cells) {
        }
        List<Unit> longestFirst = units.entrySet().stream()
                .map(u -> new Unit(u.getKey(), CampaignTimeEstimate.modelSizeSeconds(plan.timing(), u.getValue()),
                        u.getValue()))
                .sorted(Comparator.comparingDouble(Unit::seconds).reversed().thenComparing(Unit::key))
                .toList();
        double[] load = new double[count];
        List<Set<String>> assigned = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            assigned.add(new HashSet<>());
        }
        for (Unit unit : longestFirst) {
            int least = 0;
            for (int k = 1; k < count; k++) {
                if (load[k] < load[least]) {
                    least = k;
                }
            }
            load[least] += unit.seconds();
            Set<String> shard = assigned.get(least);
            unit.cells().forEach(cell -> shard.add(cell.id()));
        }
        List<List<CellSpec>> shards = new ArrayList<>();
        for (Set<String> ids : assigned) {
            shards.add(plan.cells().stream().filter(cell -> ids.contains(cell.id())).toList());
        }
        return shards;
    }

    /** The estimated seconds of a shard's cells with their baselines. */
    public static double seconds(CampaignPlan plan, Collection<CellSpec> cells) {
        return CampaignTimeEstimate.seconds(only(plan, cells.stream().map(CellSpec::id).toList()));
    }

    /** Shard {@code selection} of the plan, as its results record it. */
    public static Shard shard(CampaignPlan plan, ShardSelection selection) {
        List<CellSpec> cells = of(plan, selection.count()).get(selection.index() - 1);
        return new Shard(selection.index(), selection.count(), cells.stream().map(CellSpec::id).toList(),
                plan.cells().stream().map(CellSpec::id).toList());
    }

    /** The plan of one shard: the campaign's settings, the shard's cells in plan order. */
    public static CampaignPlan planOf(CampaignPlan plan, Shard shard) {
        return only(plan, shard.cells());
    }

    private static CampaignPlan only(CampaignPlan plan, Collection<String> ids) {
        Set<String> kept = new HashSet<>(ids);
        return new CampaignPlan(plan.name(), plan.file(), plan.source(), plan.fingerprint(), plan.quick(),
                plan.seed(), plan.timing(), plan.cellBudgetSeconds(), plan.tolerance(),
                plan.finiteDifferenceDirections(), plan.cells().stream().filter(c -> kept.contains(c.id())).toList(),
                plan.tools());
    }
}
