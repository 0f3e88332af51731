package org.autodiffbench.harness.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;

/**
 * The estimate campaigns/README.md gives, and the weight by which shards are balanced: each cell
 * costs a 1 s agreement probe in a child JVM plus one JMH run; each model size one primal run and,
 * where its family has a hand-written derivative, one hand run; a JMH run costs forks × (1 s JVM
 * start + warmup + measurement). Over-budget cells (cheaper) and calls longer than an iteration
 * (dearer) are left out.
 */
final class CampaignTimeEstimate {

    static final double PROBE_SECONDS = 1;
    static final double JVM_START_SECONDS = 1;

    private CampaignTimeEstimate() {
    }

    static double jmhRunSeconds(TimingSettings timing) {
        double iterations = timing.warmupIterations() * (double) timing.warmupMillis()
                + timing.measurementIterations() * (double) timing.measurementMillis();
        return timing.forks() * (JVM_START_SECONDS + iterations / 1000);
    }

    /** The model sizes a plan measures, each with whether its family has a hand derivative (a second baseline). */
    static Map<String, Boolean> modelSizes(CampaignPlan plan) {
        Map<String, Boolean> sizes = new LinkedHashMap<>();
        for (CellSpec cell : plan.cells()) {
            sizes.computeIfAbsent(cell.model().key(), key -> hasHandDerivative(cell.model()));
        }
        return sizes;
    }

    static double seconds(CampaignPlan plan) {
        Map<String, Boolean> sizes = modelSizes(plan);
        Map<String, Integer> cells = new LinkedHashMap<>();
        plan.cells().forEach(cell -> cells.merge(cell.model().key(), 1, Integer::sum));
        return sizes.entrySet().stream()
                .mapToDouble(size -> modelSizeSeconds(plan.timing(), cells.get(size.getKey()), size.getValue()))
                .sum();
    }

    /** One model size: its cells and its baselines, which a run times once before the size's first cell. */
    static double modelSizeSeconds(TimingSettings timing, int cells, boolean handDerivative) {
        double run = jmhRunSeconds(timing);
        return cells * (PROBE_SECONDS + run) + (handDerivative ? 2 : 1) * run;
    }

    /** The same cells, as one model size's share of a campaign. */
    static double modelSizeSeconds(TimingSettings timing, List<CellSpec> cells) {
        return modelSizeSeconds(timing, cells.size(), hasHandDerivative(cells.get(0).model()));
    }

    /**
     * Whether the family has a hand derivative does not depend on the size, so the smallest will do. A family
     * from a plugin, which this estimate cannot build, counts as one without.
     */
    private static boolean hasHandDerivative(ModelSpec model) {
        try {
            ModelFamily family = ModelFamilies.find(model.family()).orElse(null);
            return family != null
                    && family.instance(family.sizes().min(), model.options(), 1).handDerivative().isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
