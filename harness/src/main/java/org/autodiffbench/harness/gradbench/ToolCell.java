package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.DerivativeCheck;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.harness.check.OperatorCall;
import org.autodiffbench.harness.timing.SampleTiming;
import org.autodiffbench.harness.timing.TimeEstimate;
import org.autodiffbench.harness.timing.CellModel;
import org.autodiffbench.harness.timing.Workload;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.ToolFacts;

/**
 * One campaign cell measured on an external GradBench tool, the harness playing the eval's part:
 * it starts the tool, sends {@code start} and {@code define} for the module of the cell's family,
 * then {@code evaluate} of the eval's function for the cell's operator (and, for a gradient, the
 * primal once, untimed, for the value the check compares too). The tool's {@code evaluate}
 * timings are the cell's samples; its output is checked as any engine's answer is.
 */
public final class ToolCell {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ToolCell() {
    }

    /**
     * How a cell is run on a tool.
     *
     * @param budget the whole cell's time, from starting the tool to its last answer
     * @param tolerance the largest ρ at which the answer still agrees
     * @param directions how many random directions the finite-difference check uses
     * @param minRuns and {@code minSeconds}: what the timed {@code evaluate} asks of the tool
     */
    public record Settings(Duration budget, double tolerance, int directions, int minRuns, double minSeconds) {
    }

    /**
     * How the cell ended and what it established; a part it did not reach is null.
     *
     * @param setupSeconds from starting the tool to its answer to {@code define}
     */
    public record Report(Outcome outcome, String reason, Problem problem, EngineFacts engine, Agreement agreement,
                         Timing timing, double setupSeconds) {
    }

    /** Runs {@code cell} on {@code tool}; every failure is the report's outcome and reason, never an exception. */
    public static Report run(GradBenchTool tool, CellSpec cell, EngineRegistry registry, Settings settings) {
        long started = System.nanoTime();
        Optional<GradBenchModule> module = GradBenchModules.all().stream()
                .filter(m -> m.family().equals(cell.model().family())).findFirst();
        if (module.isEmpty()) {
            return new Report(Outcome.UNSUPPORTED, "no GradBench eval computes family '" + cell.model().family()
                    + "'", null, facts(null, null, null), null, null, 0);
        }
        ModelInstance instance;
        Problem problem;
        try {
            CellModel model = Workload.build(cell.model());
            instance = model.instance();
            problem = model.problem();
        } catch (RuntimeException e) {
            return new Report(Outcome.FAILED, "cannot build the model: " + Failures.describe(e), null,
                    facts(null, null, null), null, null, 0);
        }
        Optional<EvalCall> call = module.get().evalCall(cell.model(), instance, cell.operator());
        if (call.isEmpty()) {
            return new Report(Outcome.UNSUPPORTED, "no function of GradBench's " + module.get().name()
                    + " eval computes the " + cell.operator().label() + " of " + cell.model().family()
                    + "'s model (README, 'GradBench tools as engines', says which evals map)", problem, facts(null, null, null), null, null, 0);
        }
        Session session = new Session(tool, cell, module.get(), instance, problem, registry, settings, started);
        try (ToolProcess process = ToolProcess.start(tool)) {
            return session.run(process, call.get());
        } catch (ToolStopped e) {
            return session.stopped(e.timedOut() ? Outcome.TIMEOUT : Outcome.FAILED, e.timedOut()
                    ? "stopped at the " + TimeEstimate.seconds(settings.budget().toMillis() / 1000.0) + " budget: " + e.getMessage()
                    : e.getMessage());
        }
    }

    private static EngineFacts facts(String name, JsonNode config, Long peak, Map<String, Long> other) {
        return new EngineFacts(null, EngineMode.OTHER, new ToolFacts(name, config, peak, other));
    }

    private static EngineFacts facts(String name, JsonNode config, Long peak) {
        return facts(name, config, peak, Map.of());
    }

    /** The messages of one cell and what the tool said so far. */
    private static final class Session {

        private final GradBenchTool tool;
        private final CellSpec cell;
        private final GradBenchModule module;
        private final ModelInstance instance;
        private final Problem problem;
        private final EngineRegistry registry;
        private final Settings settings;
        private final long started;
        private final long deadline;
        private long nextId;
        private String toolName;
        private JsonNode config;
        private Long peak;
        private double setupSeconds;
        private final Map<String, Long> otherTimings = new LinkedHashMap<>();

        Session(GradBenchTool tool, CellSpec cell, GradBenchModule module, ModelInstance instance, Problem problem,
                EngineRegistry registry, Settings settings, long started) {
            this.tool = tool;
            this.cell = cell;
            this.module = module;
            this.instance = instance;
            this.problem = problem;
            this.registry = registry;
            this.settings = settings;
            this.started = started;
            this.deadline = started + settings.budget().toNanos();
        }

        Report run(ToolProcess process, EvalCall call) throws ToolStopped {
            JsonNode start = process.exchange(message("start").put("eval", module.name()), deadline);
            toolName = start.path("tool").isTextual() ? start.get("tool").asText() : null;
            config = start.get("config");
            JsonNode defined = process.exchange(message("define").put("module", module.name()), deadline);
            setupSeconds = (System.nanoTime() - started) / 1e9;
            if (!defined.path("success").asBoolean(false)) {
                peak = process.peakResidentBytes().orElse(null);
                return stopped(Outcome.UNSUPPORTED, "the tool refuses module " + module.name() + ": "
                        + error(defined));
            }
            double[] value;
            double[] derivative = new double[0];
            List<Double> samples = new ArrayList<>();
            if (cell.operator() == Operator.GRADIENT) {
                EvalCall primal = module.evalCall(cell.model(), instance, Operator.VALUE).orElseThrow();
                value = read(primal, evaluate(process, primal, 1, 0, new ArrayList<>()));
                derivative = read(call, evaluate(process, call, settings.minRuns(), settings.minSeconds(), samples));
            } else {
                value = read(call, evaluate(process, call, settings.minRuns(), settings.minSeconds(), samples));
            }
            peak = process.peakResidentBytes().orElse(null);
            if (samples.isEmpty()) {
                return stopped(Outcome.FAILED, "the tool's answer to evaluate " + call.function()
                        + " has no evaluate timing; a GradBench tool reports one per run");
            }
            OperatorCall answer = OperatorCall.of(new ToolAnswer(tool.id(), instance.graph(), cell.operator(), value,
                    derivative), cell.operator(), instance.point(), cell.model().seed());
            answer.call();
            DerivativeCheck.Verdict verdict = DerivativeCheck.check(tool.id(), instance, registry, answer,
                    cell.model().seed(), settings.tolerance(), settings.directions());
            Timing timing = verdict.outcome() == Outcome.OK ? SampleTiming.of(samples) : null;
            return new Report(verdict.outcome(), verdict.reason(), problem, engineFacts(), verdict.agreement(), timing,
                    setupSeconds);
        }

        Report stopped(Outcome outcome, String reason) {
            return new Report(outcome, reason, problem, engineFacts(), null, null, setupSeconds);
        }

        private EngineFacts engineFacts() {
            return facts(toolName, config, peak, otherTimings);
        }

        /** The output of one evaluate; its evaluate timings go to {@code samples}, the others to the tool's facts. */
        private JsonNode evaluate(ToolProcess process, EvalCall call, int minRuns, double minSeconds,
                                  List<Double> samples) throws ToolStopped {
            JsonNode input = call.input();
            if (input.isObject()) {
                input = ((ObjectNode) input.deepCopy()).put("min_runs", minRuns).put("min_seconds", minSeconds);
            }
            ObjectNode message = message("evaluate").put("module", module.name()).put("function", call.function());
            message.set("input", input);
            JsonNode response = process.exchange(message, deadline);
            if (!response.path("success").asBoolean(false)) {
                throw new ToolStopped(false, "the tool failed to evaluate " + call.function() + ": "
                        + error(response));
            }
            for (JsonNode timing : response.path("timings")) {
                String name = timing.path("name").asText();
                long nanoseconds = timing.path("nanoseconds").asLong();
                if (name.equals("evaluate")) {
                    samples.add((double) nanoseconds);
                } else {
                    otherTimings.merge(name, nanoseconds, Long::sum);
                }
            }
            return response.get("output");
        }

        private double[] read(EvalCall call, JsonNode output) throws ToolStopped {
            try {
                return call.answer().apply(output);
            } catch (IllegalArgumentException e) {
                throw new ToolStopped(false, "the tool's output of " + module.name() + " " + call.function()
                        + " is not of the eval's type: " + e.getMessage());
            }
        }

        private ObjectNode message(String kind) {
            return JSON.objectNode().put("id", nextId++).put("kind", kind);
        }

        private static String error(JsonNode response) {
            JsonNode error = response.get("error");
            return error == null || !error.isTextual() ? "(no error given)" : error.asText();
        }
    }
}
