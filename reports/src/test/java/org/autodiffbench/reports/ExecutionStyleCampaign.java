package org.autodiffbench.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Preparation;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.Unreliability;

/**
 * Results of interpreters, compiled engines and a library peer, with costs and preparation times
 * that follow known laws, for tests. Ids say nothing: what each engine is, it declared.
 * <ul>
 * <li>{@code mlp-width}, w = 8, 16, 32, P = w² + 76w + 10, primal = 40 ns·P: {@code tape} (reverse,
 *     interpreted) costs {@value #TAPE} primals, {@code emitted} (reverse, compiled) {@value #EMITTED};
 *     {@code tangents} (forward, interpreted) with {@code lanes=1} costs 2.5·P and with
 *     {@code lanes=8} 0.4·P, {@code unrolled} (forward, compiled) 0.12·P; {@code peer} (reverse,
 *     library) 5; the emitted cell at w = 16 is flagged unreliable;</li>
 * <li>{@code mlp-depth}, L = 4, 8: only {@code tape} and {@code peer}.</li>
 * </ul>
 * Each cell prepares in {@code firstNs} = 3·{@code medianNs} with 4 prepares after the first, where
 * {@code medianNs} is 2 µs + 10 ns·P for an interpreter and 1 ms + 100 ns·P for a compiled engine; the
 * emitted cell at w = 32 was timed once only.
 */
public final class ExecutionStyleCampaign {

    public static final double TAPE = 2.2;
    public static final double EMITTED = 1.1;

    private final List<CellResult> cells = new ArrayList<>();
    private final List<Baseline> baselines = new ArrayList<>();

    private ExecutionStyleCampaign() {
    }

    public static CampaignResults build() {
        ExecutionStyleCampaign c = new ExecutionStyleCampaign();
        for (int w = 8; w <= 32; w *= 2) {
            long p = (long) w * w + 76L * w + 10;
            ModelSpec model = new ModelSpec("mlp-width", w, Map.of(), 1);
            Baseline baseline = c.baseline(model, new Problem(p, 1L, 1, 2 * p), 40.0 * p);
            c.cell("tape", Map.of(), EngineMode.REVERSE, ExecutionStyle.INTERPRETED, baseline, TAPE);
            c.cell("emitted", Map.of(), EngineMode.REVERSE, ExecutionStyle.COMPILED, baseline, EMITTED);
            c.cell("tangents", Map.of("lanes", "1"), EngineMode.FORWARD, ExecutionStyle.INTERPRETED, baseline, 2.5 * p);
            c.cell("tangents", Map.of("lanes", "8"), EngineMode.FORWARD, ExecutionStyle.INTERPRETED, baseline, 0.4 * p);
            c.cell("unrolled", Map.of(), EngineMode.FORWARD, ExecutionStyle.COMPILED, baseline, 0.12 * p);
            c.cell("peer", Map.of(), EngineMode.REVERSE, ExecutionStyle.LIBRARY, baseline, 5);
        }
        for (int layers = 4; layers <= 8; layers *= 2) {
            long p = 4096L * layers + 1300;
            ModelSpec model = new ModelSpec("mlp-depth", layers, Map.of(), 1);
            Baseline baseline = c.baseline(model, new Problem(p, 1L, layers, 2 * p), 3000.0 * layers);
            c.cell("tape", Map.of(), EngineMode.REVERSE, ExecutionStyle.INTERPRETED, baseline, TAPE);
            c.cell("peer", Map.of(), EngineMode.REVERSE, ExecutionStyle.LIBRARY, baseline, 5);
        }
        return new CampaignResults(new Campaign("styles", "campaigns/styles.json", "fp-styles", false,
                c.cells.size(), JsonNodeFactory.instance.objectNode().put("name", "styles")),
                SyntheticCampaign.environment(), c.baselines, c.cells);
    }

    /** The median preparation time this fixture gives an engine of {@code style} on P parameters. */
    public static double preparationMedianNs(ExecutionStyle style, long p) {
        return style == ExecutionStyle.COMPILED ? 1e6 + 100.0 * p : 2000 + 10.0 * p;
    }

    private Baseline baseline(ModelSpec model, Problem problem, double primalNs) {
        Baseline baseline = new Baseline(model, problem, "hand", exact(primalNs), null, null);
        baselines.add(baseline);
        return baseline;
    }

    private void cell(String engine, Map<String, String> options, EngineMode mode, ExecutionStyle style,
                      Baseline baseline, double ratio) {
        Timing timing = exact(ratio * baseline.primal().medianNs());
        CellSpec spec = new CellSpec(engine, options, baseline.model(), Operator.GRADIENT);
        long p = baseline.problem().parameters();
        double median = preparationMedianNs(style, p);
        boolean once = engine.equals("emitted") && baseline.model().size() == 32;
        Preparation preparation = once ? new Preparation(3 * median, 3 * median, 1) : new Preparation(3 * median,
                median, 4);
        boolean flagged = engine.equals("emitted") && baseline.model().size() == 16;
        cells.add(new CellResult(spec.id(), spec, Outcome.OK, null, baseline.problem(),
                new EngineFacts("test", mode, style), null, null, timing, Baselines.of(baseline, timing), null, null,
                null, null, flagged ? List.of(new Unreliability(Unreliability.Cause.LOAD, "load 3.1 on 2 CPUs at start"))
                        : List.of(), preparation));
    }

    private static Timing exact(double ns) {
        return SyntheticCampaign.timingOf(List.of(ns * 0.99, ns, ns * 1.01));
    }
}
