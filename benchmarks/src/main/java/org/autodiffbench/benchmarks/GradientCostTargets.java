package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;

/**
 * The gradient-cost table for {@link MlpWidthBenchmark}: what a reverse gradient and a forward
 * JVP cost against the primal and against hand-written backprop, with each target checked:
 * reverse gradient ≤ 1.5× hand-written backprop and ≤ 3× the primal, and a prepared gradient
 * call allocating at most 1 KiB.
 */
final class GradientCostTargets {

    static final double MAX_REVERSE_OVER_HAND = 1.5;
    static final double MAX_REVERSE_OVER_PRIMAL = 3.0;
    static final double MAX_ALLOC_BYTES = 1024;

    private GradientCostTargets() {
    }

    /** Prints the table; returns whether every target is met. */
    static boolean printTable(Collection<RunResult> results) {
        Map<Integer, Map<String, RunResult>> byWidth = new TreeMap<>();
        for (RunResult r : results) {
            int width = Integer.parseInt(r.getParams().getParam("width"));
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            byWidth.computeIfAbsent(width, k -> new TreeMap<>()).put(method, r);
        }
        boolean allMet = true;
        System.out.println();
        System.out.println("| w | P | primal µs | hand grad µs | reverse grad µs | reverse / hand | reverse / primal "
                + "| forward JVP µs | JVP / primal | reverse alloc B/call | targets |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Integer, Map<String, RunResult>> e : byWidth.entrySet()) {
            int w = e.getKey();
            Map<String, RunResult> m = e.getValue();
            double primal = JmhScores.score(m.get("primal"));
            double hand = JmhScores.score(m.get("handGradient"));
            double reverse = JmhScores.score(m.get("reverseGradient"));
            double jvp = JmhScores.score(m.get("forwardJvp"));
            double alloc = JmhScores.secondary(m.get("reverseGradient"), "gc.alloc.rate.norm");
            boolean met = reverse / hand <= MAX_REVERSE_OVER_HAND && reverse / primal <= MAX_REVERSE_OVER_PRIMAL
                    && alloc <= MAX_ALLOC_BYTES;
            allMet &= met;
            long p = (long) w * w + 76L * w + 10;
            System.out.printf(Locale.ROOT, "| %d | %,d | %s | %s | %s | %.2f | %.2f | %s | %.2f | %.0f | %s |%n", w, p,
                    JmhScores.withError(m.get("primal")), JmhScores.withError(m.get("handGradient")), JmhScores.withError(m.get("reverseGradient")),
                    reverse / hand, reverse / primal, JmhScores.withError(m.get("forwardJvp")), jvp / primal, alloc,
                    met ? "met" : "MISSED");
        }
        System.out.printf(Locale.ROOT,
                "%nGradient cost targets: reverse/hand ≤ %.1f, reverse/primal ≤ %.1f, alloc ≤ %.0f B per call: %s%n",
                MAX_REVERSE_OVER_HAND, MAX_REVERSE_OVER_PRIMAL, MAX_ALLOC_BYTES, allMet ? "all met" : "NOT all met");
        return allMet;
    }
}
