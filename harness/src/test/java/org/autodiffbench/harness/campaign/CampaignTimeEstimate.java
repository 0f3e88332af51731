package org.autodiffbench.harness.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;

/**
 * The estimate campaigns/README.md gives: each cell costs a 1 s agreement probe in a child JVM
 * plus one JMH run; each model size one primal run and, where its family has a hand-written
 * derivative, one hand run; a JMH run costs forks × (1 s JVM start + warmup + measurement).
 * Over-budget cells (cheaper) and calls longer than an iteration (dearer) are left out.
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
        double run = jmhRunSeconds(plan.timing());
        Map<String, Boolean> sizes = modelSizes(plan);
        long baselines = sizes.size() + sizes.values().stream().filter(hand -> hand).count();
        return plan.cells().size() * (PROBE_SECONDS + run) + baselines * run;
    }

    /** Whether the family has a hand derivative does not depend on the size, so the smallest will do. */
    private static boolean hasHandDerivative(ModelSpec model) {
        var family = ModelFamilies.require(model.family());
        return family.instance(family.sizes().min(), model.options(), 1).handDerivative().isPresent();
    }
}
