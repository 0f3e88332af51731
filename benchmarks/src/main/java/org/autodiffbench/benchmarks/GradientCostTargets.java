package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
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
            double primal = score(m.get("primal"));
            double hand = score(m.get("handGradient"));
            double reverse = score(m.get("reverseGradient"));
            double jvp = score(m.get("forwardJvp"));
            double alloc = secondary(m.get("reverseGradient"), "gc.alloc.rate.norm");
            boolean met = reverse / hand <= MAX_REVERSE_OVER_HAND && reverse / primal <= MAX_REVERSE_OVER_PRIMAL
                    && alloc <= MAX_ALLOC_BYTES;
            allMet &= met;
            long p = (long) w * w + 76L * w + 10;
            System.out.printf(Locale.ROOT, "| %d | %,d | %s | %s | %s | %.2f | %.2f | %s | %.2f | %.0f | %s |%n", w, p,
                    withError(m.get("primal")), withError(m.get("handGradient")), withError(m.get("reverseGradient")),
                    reverse / hand, reverse / primal, withError(m.get("forwardJvp")), jvp / primal, alloc,
                    met ? "met" : "MISSED");
        }
        System.out.printf(Locale.ROOT,
                "%nGradient cost targets: reverse/hand ≤ %.1f, reverse/primal ≤ %.1f, alloc ≤ %.0f B per call: %s%n",
                MAX_REVERSE_OVER_HAND, MAX_REVERSE_OVER_PRIMAL, MAX_ALLOC_BYTES, allMet ? "all met" : "NOT all met");
        return allMet;
    }

    private static double score(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    private static String withError(RunResult r) {
        if (r == null) {
            return "—";
        }
        Result<?> p = r.getPrimaryResult();
        return String.format(Locale.ROOT, "%.1f ± %.1f", p.getScore(), p.getScoreError());
    }

    private static double secondary(RunResult r, String label) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> s = r.getSecondaryResults().get(label);
        return s == null ? Double.NaN : s.getScore();
    }
}
