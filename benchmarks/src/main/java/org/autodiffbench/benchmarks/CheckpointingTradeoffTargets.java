package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.models.ModelInstance;
import org.openjdk.jmh.results.RunResult;

/**
 * The checkpointing trade-off table for {@link CheckpointingBenchmark}: per model and
 * configuration, the time checkpointed reverse mode spends recomputing against the retained
 * bytes it saves, both relative to plain reverse mode, with the targets checked: binomial with
 * s = √l at most 1.6× reverse's time and at most 3·√l/l of its retained bytes; uniform with
 * k = √l at most 1.5×.
 */
final class CheckpointingTradeoffTargets {

    static final double MAX_BINOMIAL_TIME = 1.6;
    static final double MAX_UNIFORM_TIME = 1.5;

    private CheckpointingTradeoffTargets() {
    }

    /** Prints the table; returns whether every target is met. */
    static boolean printTable(Collection<RunResult> results) {
        Map<String, Map<String, RunResult>> byModel = new LinkedHashMap<>();
        for (RunResult r : results) {
            byModel.computeIfAbsent(r.getParams().getParam("model"), k -> new LinkedHashMap<>())
                    .put(r.getParams().getParam("config"), r);
        }
        boolean allMet = true;
        System.out.println();
        System.out.println("| model | l | configuration | time ms | time / reverse | stage evaluations | retained bytes "
                + "| retained / reverse | target |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Map<String, RunResult>> e : byModel.entrySet()) {
            ModelInstance instance = CheckpointingBenchmark.instance(e.getKey());
            int l = instance.graph().stageCount();
            RunResult reverseResult = e.getValue().get("reverse");
            double reverseTime = reverseResult == null ? Double.NaN : reverseResult.getPrimaryResult().getScore();
            long reverseRetained = statistics(instance, "reverse").retainedBytes();
            for (Map.Entry<String, RunResult> c : e.getValue().entrySet()) {
                String config = c.getKey();
                double time = c.getValue().getPrimaryResult().getScore();
                double error = c.getValue().getPrimaryResult().getScoreError();
                CallStatistics stats = statistics(instance, config);
                double timeRatio = time / reverseTime;
                double memoryRatio = (double) stats.retainedBytes() / reverseRetained;
                String target = "";
                if (config.equals("binomial:sqrt")) {
                    double memoryBound = 3 * Math.sqrt(l) / l;
                    boolean met = timeRatio <= MAX_BINOMIAL_TIME && memoryRatio <= memoryBound;
                    allMet &= met;
                    target = String.format(Locale.ROOT, "time ≤ %.1f, memory ≤ %.3f: %s", MAX_BINOMIAL_TIME, memoryBound,
                            met ? "met" : "MISSED");
                } else if (config.equals("uniform:sqrt")) {
                    boolean met = timeRatio <= MAX_UNIFORM_TIME;
                    allMet &= met;
                    target = String.format(Locale.ROOT, "time ≤ %.1f: %s", MAX_UNIFORM_TIME, met ? "met" : "MISSED");
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %.2f ± %.2f | %.2f | %d | %,d | %.4f | %s |%n",
                        e.getKey(), l, config, time, error, timeRatio, stats.stageEvaluations(), stats.retainedBytes(),
                        memoryRatio, target);
            }
        }
        System.out.printf(Locale.ROOT, "%nCheckpointing trade-off targets: %s%n", allMet ? "all met" : "NOT all met");
        return allMet;
    }

    private static CallStatistics statistics(ModelInstance instance, String config) {
        PreparedDiff prepared = CheckpointingBenchmark.prepare(instance, config);
        double[] x = instance.point();
        prepared.gradient(x, new double[x.length]);
        return prepared.statistics();
    }
}
