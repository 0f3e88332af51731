package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;

/**
 * The tensor-batch table for {@link MlpBatchBenchmark}: what the reverse engine's gradient of a
 * batched MLP, built of matrix–matrix products, costs against the primal and the hand-written
 * batched backprop, with each target checked: reverse gradient ≤ 1.5× hand-written backprop and
 * ≤ 3× the primal, and a prepared gradient call allocating at most 1 KiB, the same targets as
 * the one-sample MLP of {@link GradientCostTargets}.
 */
final class MlpBatchTargets {

    private MlpBatchTargets() {
    }

    /** Prints the table; returns whether every target is met. */
    static boolean printTable(Collection<RunResult> results) {
        Map<Integer, Map<String, RunResult>> byBatch = new TreeMap<>();
        for (RunResult r : results) {
            int batch = Integer.parseInt(r.getParams().getParam("batch"));
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            byBatch.computeIfAbsent(batch, k -> new TreeMap<>()).put(method, r);
        }
        boolean allMet = true;
        System.out.println();
        System.out.println("| B | primal µs | hand grad µs | reverse grad µs | reverse / hand | reverse / primal "
                + "| reverse alloc B/call | targets |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Integer, Map<String, RunResult>> e : byBatch.entrySet()) {
            Map<String, RunResult> m = e.getValue();
            double primal = JmhScores.score(m.get("primal"));
            double hand = JmhScores.score(m.get("handGradient"));
            double reverse = JmhScores.score(m.get("reverseGradient"));
            double alloc = JmhScores.secondary(m.get("reverseGradient"), "gc.alloc.rate.norm");
            boolean met = reverse / hand <= GradientCostTargets.MAX_REVERSE_OVER_HAND
                    && reverse / primal <= GradientCostTargets.MAX_REVERSE_OVER_PRIMAL
                    && alloc <= GradientCostTargets.MAX_ALLOC_BYTES;
            allMet &= met;
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %.2f | %.2f | %.0f | %s |%n", e.getKey(),
                    JmhScores.withError(m.get("primal")), JmhScores.withError(m.get("handGradient")),
                    JmhScores.withError(m.get("reverseGradient")), reverse / hand, reverse / primal, alloc,
                    met ? "met" : "MISSED");
        }
        System.out.printf(Locale.ROOT,
                "%nTensor batch targets: reverse/hand ≤ %.1f, reverse/primal ≤ %.1f, alloc ≤ %.0f B per call: %s%n",
                GradientCostTargets.MAX_REVERSE_OVER_HAND, GradientCostTargets.MAX_REVERSE_OVER_PRIMAL,
                GradientCostTargets.MAX_ALLOC_BYTES, allMet ? "all met" : "NOT all met");
        return allMet;
    }
}
