package org.autodiffbench.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ConfidenceInterval;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.ReferenceKind;
import org.autodiffbench.results.Timing;

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
 * Engines declare their modes as the built-in ones do: forward, reverse, checkpointed reverse;
 * {@link #renamed} gives an engine another id, as a plugin of the same mode would have.
 */
public final class SyntheticCampaign {

    public static final double FORWARD_COLUMN_NS = 100;
    public static final double REVERSE_ROW_NS = 150;
    /** Where the synthetic forward and reverse Jacobian times are equal: n/m = 150 / 100. */
    public static final double JACOBIAN_CROSSOVER = REVERSE_ROW_NS / FORWARD_COLUMN_NS;
    public static final int SAMPLES = 8;

    private static final Map<String, EngineMode> MODES = Map.of("forward", EngineMode.FORWARD,
            "reverse", EngineMode.REVERSE, "checkpointed", EngineMode.CHECKPOINTED_REVERSE);

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
        return new CampaignResults(new Campaign("empty", "campaigns/empty.json", "f0", false, 0, campaignJson()),
                environment(), List.of(), List.of());
    }

    private CampaignResults results(String name) {
        return new CampaignResults(new Campaign(name, "campaigns/" + name + ".json", "fp-1234", true, cells.size(),
                campaignJson()), environment(), baselines, cells);
    }

    public static Environment environment() {
        return new Environment("OpenJDK 64-Bit Server VM", "17.0.15", "Linux 6.1 amd64", "AMD EPYC (synthetic)", 2,
                2L << 30, "0123abcd", "2025-01-01T10:00:00Z", "2025-01-01T10:20:00Z",
                "vector: jdk.incubator.vector, 512-bit, 8 doubles per vector");
    }

    private static ObjectNode campaignJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("name", "synthetic");
        root.put("seed", 1);
        root.putArray("engines").addObject().put("id", "forward");
        return root;
    }

    /** What a synthetic cell's engine did: its time, memory, sweeps and work. */
    private record Work(double timeNs, long retained, long sweeps, long flops, double allocBytes, long stageEvaluations) {
    }

    private void mlpWidth() {
        for (int w = 8; w <= 256; w *= 2) {
            long params = (long) w * w + 76L * w + 10;
            double primal = 40 * params;
            ModelSpec model = model("mlp-width", w, Map.of());
            Problem problem = new Problem(params, 1L, 1, 2 * params);
            baseline(model, problem, primal, 1.8 * primal);
            ok("forward", Map.of(), model, problem, Operator.GRADIENT,
                    new Work(2.5 * primal * params, 16L * w + 1024, params, 5 * params * params, 0.0, params));
            if (w == 256) {
                cells.set(cells.size() - 1, withOutcome(cells.get(cells.size() - 1), Outcome.OVER_BUDGET,
                        "skipped: over budget (estimated 40 s > 20 s)"));
            }
            ok("reverse", Map.of(), model, problem, Operator.GRADIENT,
                    new Work(2.2 * primal, 8L * params + 4096, 1L, 6 * params, 24.0, 1));
        }
    }

    private void mlpDepth() {
        int[] budgets = {2, 4, 8};
        for (int layers = 4; layers <= 64; layers *= 2) {
            long params = 4096L * layers + 1300;
            double primal = 3000.0 * layers;
            ModelSpec model = model("mlp-depth", layers, Map.of("width", "64"));
            Problem problem = new Problem(params, 1L, layers, 2 * params);
            baseline(model, problem, primal, 1.9 * primal);
            double reverse = 2.1 * primal;
            ok("reverse", Map.of(), model, problem, Operator.GRADIENT,
                    new Work(reverse, 12_288L * layers, 1L, 6 * params, 0.0, layers));
            for (int s : budgets) {
                CellResult cell = ok("checkpointed", Map.of("schedule", "binomial", "snapshots", Integer.toString(s)),
                        model, problem, Operator.GRADIENT, new Work(reverse * (1 + 2.0 / s),
                                12_288L * Math.min(s + 1, layers), 1L, (long) (6 * params * (1 + 2.0 / s)), 0.0,
                                (long) (layers * (1 + 2.0 / s))));
                if (s == 4 && layers == 32) {
                    cells.set(cells.size() - 1, withTiming(cell, nanTiming()));
                }
            }
        }
    }

    private void jacobian() {
        for (int m : new int[] {8, 32}) {
            for (int n = 2; n <= 256; n *= 4) {
                double primal = 20.0 * (n + m);
                ModelSpec model = model("jacobian", n, Map.of("outputs", Integer.toString(m)));
                Problem problem = new Problem(n, (long) m, 1, 4L * (n + m));
                baseline(model, problem, primal, Double.NaN);
                ok("forward", Map.of(), model, problem, Operator.JACOBIAN,
                        new Work(FORWARD_COLUMN_NS * n, 64L * m + 200, n, 4L * n * (n + m), 0.0, n));
                ok("reverse", Map.of(), model, problem, Operator.JACOBIAN,
                        new Work(REVERSE_ROW_NS * m, 128L * (n + m) + 200, m, 5L * m * (n + m), 0.0, 1));
                cells.add(cell("checkpointed", model, problem, Operator.JACOBIAN, Outcome.UNSUPPORTED,
                        "the engine does not offer jacobian", null, null));
            }
        }
    }

    private void scalarExample() {
        ModelSpec model = model("scalar-example", 2, Map.of());
        Problem problem = new Problem(2, 1L, 1, 7L);
        baseline(model, problem, 30, 45);
        ok("reverse", Map.of(), model, problem, Operator.GRADIENT, new Work(60, 240L, 1L, 23L, 0.0, 1));
        cells.add(cell("broken", model, problem, Operator.GRADIENT, Outcome.FAILED,
                "IllegalStateException: kernel exploded", null, null));
        cells.add(cell("sloppy", model, problem, Operator.GRADIENT, Outcome.DISAGREES,
                "max rho 3.2e-4 > tolerance 1e-9", timing(55), 3.2e-4));
    }

    private static ModelSpec model(String family, int size, Map<String, String> options) {
        return new ModelSpec(family, size, options, 1);
    }

    private void baseline(ModelSpec model, Problem problem, double primalNs, double handNs) {
        baselines.add(new Baseline(model, problem, "hand", timing(primalNs),
                Double.isNaN(handNs) ? null : timing(handNs), null));
    }

    private Baseline baselineOf(ModelSpec model) {
        return baselines.stream().filter(b -> b.model().equals(model)).findFirst().orElseThrow();
    }

    private static EngineFacts facts(String engine) {
        return new EngineFacts("synthetic", MODES.getOrDefault(engine, EngineMode.OTHER));
    }

    private CellResult ok(String engine, Map<String, String> options, ModelSpec model, Problem problem,
                          Operator operator, Work work) {
        Timing t = timing(work.timeNs());
        Timing timing = new Timing(t.medianNs(), t.meanNs(), t.minNs(), t.maxNs(), t.interval(), t.samplesNs(),
                work.allocBytes(), 1, 1, SAMPLES);
        EngineFacts facts = facts(engine);
        boolean tangent = facts.mode() == EngineMode.FORWARD;
        CallStatistics statistics = new CallStatistics(tangent ? work.sweeps() : 0, tangent ? 0 : work.sweeps(),
                work.stageEvaluations(), work.retained(), work.flops(), Map.of());
        CellSpec spec = new CellSpec(engine, options, model, operator);
        CellResult cell = new CellResult(spec.id(), spec, Outcome.OK, null, problem, facts,
                agreement(1e-15), statistics, timing, Baselines.of(baselineOf(model), timing), null, null, null);
        cells.add(cell);
        return cell;
    }

    private CellResult cell(String engine, ModelSpec model, Problem problem, Operator operator, Outcome outcome,
                            String reason, Timing timing, Double maxRho) {
        CellSpec spec = new CellSpec(engine, Map.of(), model, operator);
        return new CellResult(spec.id(), spec, outcome, reason, problem, facts(engine),
                maxRho == null ? null : agreement(maxRho), null, timing,
                Baselines.of(baselineOf(model), timing), null, null, null);
    }

    private static Agreement agreement(double rho) {
        return new Agreement(rho, 1e-9, null, List.of(new ReferenceCheck("hand", ReferenceKind.HAND, rho, 1e-9, null)));
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
        return new Timing(median, mean, sorted[0], sorted[n - 1],
                new ConfidenceInterval(sorted[0], sorted[n - 1], 0.95, "synthetic", n), samples, null, 1, 1, n);
    }

    private static Timing nanTiming() {
        return new Timing(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                new ConfidenceInterval(Double.NaN, Double.NaN, 0.95, "synthetic", 0), List.of(), null, 1, 1, 0);
    }

    public static CellResult withTiming(CellResult c, Timing timing) {
        return new CellResult(c.id(), c.spec(), c.outcome(), c.reason(), c.problem(), c.engine(), c.agreement(),
                c.statistics(), timing, ratiosFor(c, timing), c.jmhFile(), c.startedAt(), c.finishedAt());
    }

    public static CellResult withOutcome(CellResult c, Outcome outcome, String reason) {
        boolean ok = outcome == Outcome.OK;
        return new CellResult(c.id(), c.spec(), outcome, reason, c.problem(), c.engine(), c.agreement(),
                ok ? c.statistics() : null, ok ? c.timing() : null, ratiosFor(c, ok ? c.timing() : null), c.jmhFile(),
                c.startedAt(), c.finishedAt());
    }

    /** The cell's baselines recomputed for another timing, as the runner would have recorded them. */
    private static Baselines ratiosFor(CellResult c, Timing timing) {
        Baselines b = c.baselines();
        if (b == null) {
            return null;
        }
        Timing primal = b.primalNs() == null ? null : timingAt(b.primalNs());
        Timing hand = b.handNs() == null ? null : timingAt(b.handNs());
        return Baselines.of(new Baseline(c.spec().model(), c.problem(), b.primalSource(), primal, hand, null), timing);
    }

    private static Timing timingAt(double medianNs) {
        return timingOf(List.of(medianNs));
    }

    /** The same campaign with every cell's timing scaled by {@code factor} where {@code series} matches. */
    public static CampaignResults slowed(CampaignResults results, String series, double factor) {
        List<CellResult> cells = results.cells().stream().map(c -> !series.equals(c.series()) || c.timing() == null
                ? c : withTiming(c, scaled(c.timing(), factor))).toList();
        return new CampaignResults(results.campaign(), results.environment(), results.baselines(), cells);
    }

    /** The same campaign with one engine under another id, as a plugin declaring the same mode would run. */
    public static CampaignResults renamed(CampaignResults results, String engine, String newId) {
        List<CellResult> cells = results.cells().stream().map(c -> {
            if (!c.spec().engine().equals(engine)) {
                return c;
            }
            CellSpec spec = new CellSpec(newId, c.spec().engineOptions(), c.spec().seriesOptions(), c.spec().model(),
                    c.spec().operator());
            return new CellResult(spec.id(), spec, c.outcome(), c.reason(), c.problem(),
                    new EngineFacts("plugin-1.0", c.mode()), c.agreement(), c.statistics(), c.timing(),
                    c.baselines(), c.jmhFile(), c.startedAt(), c.finishedAt());
        }).toList();
        return new CampaignResults(results.campaign(), results.environment(), results.baselines(), cells);
    }

    private static Timing scaled(Timing t, double factor) {
        ConfidenceInterval i = t.interval();
        return new Timing(t.medianNs() * factor, t.meanNs() * factor, t.minNs() * factor, t.maxNs() * factor,
                new ConfidenceInterval(i.lowNs() * factor, i.highNs() * factor, i.level(), i.method(), i.samples()),
                t.samplesNs().stream().map(s -> s * factor).toList(), t.allocBytesPerCall(), t.forks(),
                t.warmupIterations(), t.measurementIterations());
    }
}
