package org.autodiffbench.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.autodiffbench.reports.results.Baseline;
import org.autodiffbench.reports.results.CampaignResults;
import org.autodiffbench.reports.results.CellResult;
import org.autodiffbench.reports.results.Environment;
import org.autodiffbench.reports.results.Outcome;
import org.autodiffbench.reports.results.Timing;

/**
 * A campaign built in code whose timings follow known laws, with seeded noise, for tests:
 * <ul>
 * <li>{@code mlp-width}, w = 8 … 256, P = w² + 76w + 10: primal = 40 ns·P, hand = 1.8 × primal,
 *     reverse = 2.2 × primal (one sweep), forward = 2.5 × primal × P (P sweeps), so forward ∝ P²
 *     and reverse ∝ P¹; the forward cell at w = 256 is over budget;</li>
 * <li>{@code mlp-depth [width=64]}, L = 4 … 64 stages: reverse retains 12 KiB per stage, binomial
 *     checkpointing with s snapshots retains (s + 1) × 12 KiB and costs (1 + 2/s) × reverse;
 *     the binomial s = 4 cell at L = 32 has a NaN median time;</li>
 * <li>{@code jacobian [outputs=m]}, m = 8 and 32, n = 2 … 256: forward = 100 ns × n columns,
 *     reverse = 150 ns × m rows, so they cross at n/m = 1.5; checkpointed is unsupported;</li>
 * <li>{@code scalar-example} at its one size, with one failing and one disagreeing cell.</li>
 * </ul>
 */
public final class SyntheticCampaign {

    public static final double FORWARD_COLUMN_NS = 100;
    public static final double REVERSE_ROW_NS = 150;
    /** Where the synthetic forward and reverse Jacobian times are equal: n/m = 150 / 100. */
    public static final double JACOBIAN_CROSSOVER = REVERSE_ROW_NS / FORWARD_COLUMN_NS;
    public static final int SAMPLES = 8;

    private final Random random;
    private final double noise;
    private final List<CellResult> cells = new ArrayList<>();
    private final List<Baseline> baselines = new ArrayList<>();

    private SyntheticCampaign(long seed, double noise) {
        this.random = new Random(seed);
        this.noise = noise;
    }

    /** The campaign with 3% multiplicative noise from the given seed. */
    public static CampaignResults build(long seed) {
        return build(seed, 0.03);
    }

    public static CampaignResults build(long seed, double noise) {
        SyntheticCampaign c = new SyntheticCampaign(seed, noise);
        c.mlpWidth();
        c.mlpDepth();
        c.jacobian();
        c.scalarExample();
        return c.results("synthetic");
    }

    /** An otherwise valid campaign without cells. */
    public static CampaignResults empty() {
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, "empty", "campaigns/empty.json", "f0", campaignJson(),
                false, environment(), 0, List.of(), List.of());
    }

    private CampaignResults results(String name) {
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, name, "campaigns/" + name + ".json", "fp-1234",
                campaignJson(), true, environment(), cells.size(), baselines, cells);
    }

    public static Environment environment() {
        return new Environment("OpenJDK 64-Bit Server VM", "17.0.15", "Linux 6.1 amd64", "AMD EPYC (synthetic)", 2,
                2L << 30, "0123abcd", "2025-01-01T10:00:00Z", "2025-01-01T10:20:00Z");
    }

    private static ObjectNode campaignJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("name", "synthetic");
        root.put("seed", 1);
        root.putArray("engines").addObject().put("id", "forward");
        return root;
    }

    private void mlpWidth() {
        for (int w = 8; w <= 256; w *= 2) {
            long params = (long) w * w + 76L * w + 10;
            double primal = 40 * params;
            baseline("mlp-width", w, "", params, primal, 1.8 * primal);
            ok("forward", Map.of(), "mlp-width", w, "", params, "gradient", 2.5 * primal * params, primal,
                    16L * w + 1024, params, 5 * params * params, 0.0, 1);
            if (w == 256) {
                cells.set(cells.size() - 1, withOutcome(cells.get(cells.size() - 1), Outcome.OVER_BUDGET,
                        "skipped: over budget (estimated 40 s > 20 s)"));
            }
            ok("reverse", Map.of(), "mlp-width", w, "", params, "gradient", 2.2 * primal, primal,
                    8L * params + 4096, 1L, 6 * params, 24.0, 1);
        }
    }

    private void mlpDepth() {
        int[] budgets = {2, 4, 8};
        for (int layers = 4; layers <= 64; layers *= 2) {
            long params = 4096L * layers + 1300;
            double primal = 3000.0 * layers;
            baseline("mlp-depth", layers, "width=64", params, primal, 1.9 * primal);
            double reverse = 2.1 * primal;
            ok("reverse", Map.of(), "mlp-depth", layers, "width=64", params, "gradient", reverse, primal,
                    12_288L * layers, 1L, 6 * params, 0.0, layers);
            for (int s : budgets) {
                CellResult cell = ok("checkpointed", Map.of("schedule", "binomial", "snapshots", Integer.toString(s)),
                        "mlp-depth", layers, "width=64", params, "gradient", reverse * (1 + 2.0 / s), primal,
                        12_288L * Math.min(s + 1, layers), 1L, (long) (6 * params * (1 + 2.0 / s)), 0.0,
                        (long) (layers * (1 + 2.0 / s)));
                if (s == 4 && layers == 32) {
                    cells.set(cells.size() - 1, withTiming(cell, nanTiming()));
                }
            }
        }
    }

    private void jacobian() {
        for (int m : new int[] {8, 32}) {
            String options = "outputs=" + m;
            for (int n = 2; n <= 256; n *= 4) {
                double primal = 20.0 * (n + m);
                baseline("jacobian", n, options, n, primal, Double.NaN);
                ok("forward", Map.of(), "jacobian", n, options, n, "jacobian", FORWARD_COLUMN_NS * n, primal,
                        64L * m + 200, n, 4L * n * (n + m), 0.0, 1);
                ok("reverse", Map.of(), "jacobian", n, options, n, "jacobian", REVERSE_ROW_NS * m, primal,
                        128L * (n + m) + 200, m, 5L * m * (n + m), 0.0, 1);
                cells.add(cell("checkpointed", Map.of(), "jacobian", n, options, n, "jacobian", Outcome.UNSUPPORTED,
                        "the engine does not offer jacobian", null, null, null, null, null, null));
            }
        }
    }

    private void scalarExample() {
        baseline("scalar-example", 2, "", 2, 30, 45);
        ok("reverse", Map.of(), "scalar-example", 2, "", 2, "gradient", 60, 30.0, 240L, 1L, 23L, 0.0, 1);
        cells.add(cell("broken", Map.of(), "scalar-example", 2, "", 2, "gradient", Outcome.FAILED,
                "IllegalStateException: kernel exploded", null, null, null, null, null, null));
        cells.add(cell("sloppy", Map.of(), "scalar-example", 2, "", 2, "gradient", Outcome.DISAGREES,
                "max rho 3.2e-4 > tolerance 1e-9", timing(55), 30.0, 240L, 1L, 23L, 3.2e-4));
    }

    private void baseline(String model, int size, String options, long params, double primalNs, double handNs) {
        baselines.add(new Baseline(model, size, options, params, "hand", timing(primalNs),
                Double.isNaN(handNs) ? null : timing(handNs), null));
    }

    private CellResult ok(String engine, Map<String, String> options, String model, int size, String modelOptions,
                          long params, String operator, double timeNs, double primalNs, long retained, long sweeps,
                          long flops, double allocBytes, long stageEvaluations) {
        Timing timing = timing(timeNs);
        timing = new Timing(timing.medianNs(), timing.meanNs(), timing.minNs(), timing.maxNs(), timing.ciLowNs(),
                timing.ciHighNs(), timing.samplesNs(), allocBytes);
        CellResult cell = new CellResult(id(engine, options, model, modelOptions, size, operator), engine, options,
                series(engine, options), model, size, modelOptions, params, operator, Outcome.OK, null, 1e-15, 1e-9,
                "hand,reverse,fd", timing, primalNs, null, timing.medianNs() / primalNs, null, retained, sweeps,
                stageEvaluations, flops, Map.of(), null, null, null);
        cells.add(cell);
        return cell;
    }

    private CellResult cell(String engine, Map<String, String> options, String model, int size, String modelOptions,
                            long params, String operator, Outcome outcome, String reason, Timing timing,
                            Double primalNs, Long retained, Long sweeps, Long flops, Double maxRho) {
        return new CellResult(id(engine, options, model, modelOptions, size, operator), engine, options,
                series(engine, options), model, size, modelOptions, params, operator, outcome, reason, maxRho, 1e-9,
                "hand", timing, primalNs, null, timing == null || primalNs == null ? null
                        : timing.medianNs() / primalNs, null, retained, sweeps, null, flops, Map.of(), null, null, null);
    }

    /** JMH-like samples around {@code ns} with multiplicative noise; the median is the samples' median. */
    public Timing timing(double ns) {
        List<Double> samples = new ArrayList<>();
        double centre = ns * Math.exp(noise * random.nextGaussian());
        for (int i = 0; i < SAMPLES; i++) {
            samples.add(centre * Math.exp(noise * random.nextGaussian()));
        }
        return timingOf(samples);
    }

    /** A timing with these samples. */
    public static Timing timingOf(List<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new Timing(median, mean, sorted[0], sorted[n - 1], sorted[0], sorted[n - 1], samples, null);
    }

    private static Timing nanTiming() {
        return new Timing(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), null);
    }

    public static String series(String engine, Map<String, String> options) {
        if (options.isEmpty()) {
            return engine;
        }
        return engine + "[" + new TreeMap<>(options).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")) + "]";
    }

    private static String id(String engine, Map<String, String> options, String model, String modelOptions, int size,
                             String operator) {
        return series(engine, options) + "|" + model + (modelOptions.isEmpty() ? "" : "[" + modelOptions + "]") + "|"
                + size + "|" + operator;
    }

    public static CellResult withTiming(CellResult c, Timing timing) {
        return new CellResult(c.id(), c.engine(), c.options(), c.series(), c.model(), c.size(), c.modelOptions(),
                c.params(), c.operator(), c.outcome(), c.reason(), c.maxRho(), c.tolerance(), c.references(), timing,
                c.primalNs(), c.handNs(), null, c.ratioToHand(), c.retainedBytes(), c.sweeps(),
                c.stageEvaluations(), c.flops(), c.details(), c.jmhFile(), c.startedAt(), c.finishedAt());
    }

    public static CellResult withOutcome(CellResult c, Outcome outcome, String reason) {
        return new CellResult(c.id(), c.engine(), c.options(), c.series(), c.model(), c.size(), c.modelOptions(),
                c.params(), c.operator(), outcome, reason, c.maxRho(), c.tolerance(), c.references(),
                outcome == Outcome.OK ? c.timing() : null, c.primalNs(), c.handNs(), null, null,
                outcome == Outcome.OK ? c.retainedBytes() : null, c.sweeps(), c.stageEvaluations(), c.flops(),
                c.details(), c.jmhFile(), c.startedAt(), c.finishedAt());
    }

    /** The same campaign with every cell's timing scaled by {@code factor} where {@code series} matches. */
    public static CampaignResults slowed(CampaignResults results, String series, double factor) {
        List<CellResult> cells = results.cells().stream().map(c -> !series.equals(c.series()) || c.timing() == null
                ? c : withTiming(c, scaled(c.timing(), factor))).toList();
        return new CampaignResults(results.schemaVersion(), results.campaignName(), results.campaignFile(),
                results.fingerprint(), results.campaign(), results.quick(), results.environment(),
                results.plannedCells(), results.baselines(), cells);
    }

    private static Timing scaled(Timing t, double factor) {
        return new Timing(t.medianNs() * factor, t.meanNs() * factor, t.minNs() * factor, t.maxNs() * factor,
                t.ciLowNs() * factor, t.ciHighNs() * factor,
                t.samplesNs().stream().map(s -> s * factor).toList(), t.allocBytesPerCall());
    }
}
