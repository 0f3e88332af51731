package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;

/**
 * The kernels table: the hand-written MLP on the vector kernels against the scalar ones
 * ({@link HandKernelsBenchmark}), GFLOP/s of one matrix–matrix product against the whole
 * {@code mlp-batch} gradient at B = 64 ({@link MatMulBenchmark}), with the target checked: the
 * batched gradient reaches at least half the rate of its kernels on one product; and the bulk
 * tanh of both kernel sets in nanoseconds per element ({@link TanhBenchmark}).
 */
final class KernelsTargets {

    /** The batched gradient's GFLOP/s over one product's, at least. */
    static final double MIN_BATCH_OVER_PRODUCT = 0.5;

    private KernelsTargets() {
    }

    /** Prints the tables; returns whether the target is met. */
    static boolean printTable(Collection<RunResult> hand, Collection<RunResult> products,
                              Collection<RunResult> tanh) {
        Map<Integer, Map<String, RunResult>> byWidth = new TreeMap<>();
        for (RunResult r : hand) {
            byWidth.computeIfAbsent(Integer.parseInt(r.getParams().getParam("width")), k -> new TreeMap<>())
                    .put(method(r), r);
        }
        System.out.println();
        System.out.println("| w | vector primal µs | scalar primal µs | primal speed-up | vector grad µs | scalar grad µs "
                + "| grad speed-up |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<Integer, Map<String, RunResult>> e : byWidth.entrySet()) {
            Map<String, RunResult> m = e.getValue();
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %.2f | %s | %s | %.2f |%n", e.getKey(),
                    withError(m.get("vectorPrimal")), withError(m.get("scalarPrimal")),
                    JmhScores.score(m.get("scalarPrimal")) / JmhScores.score(m.get("vectorPrimal")),
                    withError(m.get("vectorGradient")), withError(m.get("scalarGradient")),
                    JmhScores.score(m.get("scalarGradient")) / JmhScores.score(m.get("vectorGradient")));
        }
        Map<String, RunResult> m = new TreeMap<>();
        products.forEach(r -> m.put(method(r), r));
        double chosenProduct = gflops(MatMulBenchmark.PRODUCT_FLOPS, m.get("chosenProduct"));
        double scalarProduct = gflops(MatMulBenchmark.PRODUCT_FLOPS, m.get("scalarProduct"));
        double chosenBatch = gflops(MatMulBenchmark.BATCH_GRADIENT_FLOPS, m.get("chosenBatchGradient"));
        double scalarBatch = gflops(MatMulBenchmark.BATCH_GRADIENT_FLOPS, m.get("scalarBatchGradient"));
        System.out.println();
        System.out.printf(Locale.ROOT, "| kernels | %d×%d·%d×%d product GFLOP/s | mlp-batch B = %d hand gradient "
                        + "GFLOP/s | gradient / product |%n", MatMulBenchmark.WIDTH, MatMulBenchmark.WIDTH,
                MatMulBenchmark.WIDTH, MatMulBenchmark.BATCH, MatMulBenchmark.BATCH);
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| chosen (vector) | %.2f | %.2f | %.2f |%n", chosenProduct, chosenBatch,
                chosenBatch / chosenProduct);
        System.out.printf(Locale.ROOT, "| scalar | %.2f | %.2f | %.2f |%n", scalarProduct, scalarBatch,
                scalarBatch / scalarProduct);
        boolean met = chosenBatch / chosenProduct >= MIN_BATCH_OVER_PRODUCT;
        System.out.printf(Locale.ROOT, "%nKernels target: mlp-batch at B = %d reaches ≥ %.1f of one product's "
                + "GFLOP/s on the same kernels: %s%n", MatMulBenchmark.BATCH, MIN_BATCH_OVER_PRODUCT,
                met ? "met" : "MISSED");
        Map<String, RunResult> t = new TreeMap<>();
        tanh.forEach(r -> t.put(method(r), r));
        double chosenTanh = nanosPerElement(t.get("chosenTanh"));
        double scalarTanh = nanosPerElement(t.get("scalarTanh"));
        System.out.printf(Locale.ROOT, "%nBulk tanh over %d arguments in [-20, 20]: chosen %.2f ns, scalar (Math.tanh) "
                + "%.2f ns per element, %.1f× faster%n", TanhBenchmark.LENGTH, chosenTanh, scalarTanh,
                scalarTanh / chosenTanh);
        return met;
    }

    private static String method(RunResult r) {
        return r.getParams().getBenchmark().replaceAll(".*\\.", "");
    }

    /** "score ± error" with two decimals, for the microsecond times of small widths. */
    private static String withError(RunResult r) {
        return r == null ? "—" : String.format(Locale.ROOT, "%.2f ± %.2f", r.getPrimaryResult().getScore(),
                r.getPrimaryResult().getScoreError());
    }

    /** Microseconds per call of {@link TanhBenchmark} over its arguments, in nanoseconds. */
    private static double nanosPerElement(RunResult r) {
        return JmhScores.score(r) * 1e3 / TanhBenchmark.LENGTH;
    }

    /** Flops per call over the microseconds per call, in GFLOP/s. */
    private static double gflops(double flops, RunResult r) {
        return flops / (JmhScores.score(r) * 1e3);
    }
}
