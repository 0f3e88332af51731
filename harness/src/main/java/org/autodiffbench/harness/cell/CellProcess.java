package org.autodiffbench.harness.cell;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.api.registry.ParentWatch;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.harness.check.TimedAnswerCheck;
import org.autodiffbench.harness.timing.JmhTiming;
import org.autodiffbench.harness.timing.TimeEstimate;
import org.autodiffbench.harness.timing.TimedAnswers;
import org.autodiffbench.harness.timing.CellModel;
import org.autodiffbench.harness.timing.Workload;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.NamedBaseline;
import org.autodiffbench.results.NamedTiming;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.Timing;

/**
 * The main class of a cell's JVM: {@code cell TASK-JSON} probes an engine and times it with JMH
 * if it agrees and the budget allows; {@code baseline TASK-JSON} times a model's primal and
 * hand-written derivative; {@code kernels} says which dense kernels it runs. Reports go to stdout as {@link ChildMessages} lines; the campaign
 * that started this JVM reads them, and kills it at the cell's budget.
 */
public final class CellProcess {

    static final String CELL = "cell";
    static final String BASELINE = "baseline";
    static final String KERNELS = "kernels";

    private CellProcess() {
    }

    public static void main(String[] args) throws JsonProcessingException {
        ParentWatch.start();
        PrintStream out = System.out;
        if (args.length == 1 && args[0].equals(KERNELS)) {
            ChildMessages.send(out, ChildMessages.KERNELS, KernelSelection.current().description());
            System.exit(0);
        }
        if (args.length != 2) {
            System.err.println("usage: CellProcess cell|baseline TASK-JSON, or kernels (started by 'autodiffbench run')");
            System.exit(2);
        }
        switch (args[0]) {
            case CELL -> cell(ResultsJson.mapper().readValue(args[1], CellTask.class), out);
            case BASELINE -> baseline(ResultsJson.mapper().readValue(args[1], BaselineTask.class), out);
            default -> {
                System.err.println("unknown task '" + args[0] + "'; expected cell or baseline");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private static void cell(CellTask task, PrintStream out) {
        EngineRegistry registry = EngineRegistry.discover();
        CellProbe.Probe checked = CellProbe.probe(task, registry);
        ProbeReport probe = checked.report();
        ChildMessages.send(out, ChildMessages.PROBE, probe);
        if (probe.outcome() != Outcome.OK) {
            return;
        }
        double left = task.budgetSeconds() - secondsSinceStart();
        double estimate = TimeEstimate.timingSeconds(task.timing(), probe.callSeconds(), probe.setupSeconds());
        if (estimate > left) {
            ChildMessages.send(out, ChildMessages.TIMING, new TimingReport(Outcome.OVER_BUDGET,
                    "estimated " + TimeEstimate.seconds(estimate) + " to time (one call ≈ "
                            + TimeEstimate.seconds(probe.callSeconds()) + ") but only "
                            + TimeEstimate.seconds(Math.max(0, left)) + " of the "
                            + TimeEstimate.seconds(task.budgetSeconds()) + " budget are left",
                    null, estimate));
            return;
        }
        ChildMessages.send(out, ChildMessages.TIMING, time(task, checked.answer(), estimate));
    }

    /** Times the cell's engine and holds each fork's last answer to the checked one ({@link TimedAnswerCheck}). */
    private static TimingReport time(CellTask task, Answer checked, double estimate) {
        Path answers = null;
        try {
            answers = Files.createTempFile("autodiffbench-timed-answers-", ".jsonl");
            List<String> jvmArgs = new ArrayList<>(CellJvm.forkArguments());
            jvmArgs.add(TimedAnswers.jvmArgument(answers));
            Timing timing = JmhTiming.time(task.cell(), List.of(Workload.Role.ENGINE), task.timing(),
                    Path.of(task.jmhFile()), jvmArgs).get(Workload.Role.ENGINE);
            Optional<String> mismatch = TimedAnswerCheck.mismatch(checked, TimedAnswers.read(answers));
            return mismatch.isPresent() ? new TimingReport(Outcome.DISAGREES, mismatch.get(), null, estimate)
                    : new TimingReport(Outcome.OK, null, timing, estimate);
        } catch (JmhTiming.TimingFailure e) {
            return new TimingReport(Outcome.FAILED, "timing: " + e.getMessage(), null, estimate);
        } catch (IOException e) {
            return new TimingReport(Outcome.FAILED, "timing: cannot pass the timed answers back: "
                    + Failures.describe(e), null, estimate);
        } finally {
            if (answers != null) {
                answers.toFile().delete();
            }
        }
    }

    private static void baseline(BaselineTask task, PrintStream out) {
        EngineRegistry registry = EngineRegistry.discover();
        CellModel model;
        try {
            model = Workload.build(task.cell().model());
        } catch (RuntimeException | StackOverflowError e) {
            ChildMessages.send(out, ChildMessages.BASELINE,
                    new BaselineReport(null, null, null, null, "model: " + Failures.describe(e)));
            return;
        }
        ModelInstance instance = model.instance();
        Problem problem = model.problem();
        String source = Workload.primalSource(instance);
        List<Workload.Role> roles = new ArrayList<>(List.of(Workload.Role.PRIMAL));
        if (instance.handDerivative().isPresent()) {
            roles.add(Workload.Role.HAND);
        }
        for (Workload.Role role : roles) {
            try {
                new Workload(role, task.cell()).prepare(instance, registry).call();
            } catch (RuntimeException | StackOverflowError e) {
                ChildMessages.send(out, ChildMessages.BASELINE, new BaselineReport(problem, source,
                        null, null, role.label() + ": " + Failures.describe(e)));
                return;
            }
        }
        BaselineReport report;
        try {
            Map<Workload.Role, Timing> timings = JmhTiming.time(task.cell(), roles, task.timing(),
                    Path.of(task.jmhFile()), CellJvm.forkArguments());
            report = new BaselineReport(problem, source, timings.get(Workload.Role.PRIMAL),
                    timings.get(Workload.Role.HAND), null);
        } catch (JmhTiming.TimingFailure e) {
            report = new BaselineReport(problem, source, null, null, "timing: " + e.getMessage());
        }
        ChildMessages.send(out, ChildMessages.BASELINE, withNamedBaselines(report, task, instance));
    }

    /**
     * The report with the model's named baselines timed beside it, in the same JVM and with the same
     * settings; their raw JMH results go next to the baseline's. A failure leaves them out and says why.
     */
    private static BaselineReport withNamedBaselines(BaselineReport report, BaselineTask task, ModelInstance instance) {
        List<NamedBaseline> named = instance.namedBaselines();
        if (named.isEmpty() || report.note() != null) {
            return report;
        }
        try {
            Map<String, Timing> timings = JmhTiming.timeNamedBaselines(task.cell(),
                    named.stream().map(NamedBaseline::name).toList(), task.timing(),
                    namedBaselinesJmhFile(Path.of(task.jmhFile())), CellJvm.forkArguments());
            return new BaselineReport(report.problem(), report.primalSource(), report.primal(), report.hand(), null,
                    named.stream().map(b -> new NamedTiming(b.name(), b.description(), timings.get(b.name()))).toList());
        } catch (JmhTiming.TimingFailure e) {
            return new BaselineReport(report.problem(), report.primalSource(), report.primal(), report.hand(),
                    "named baselines: " + e.getMessage());
        }
    }

    /** baseline-3.json's sibling baseline-3-named.json. */
    static Path namedBaselinesJmhFile(Path baselineJmhFile) {
        String name = baselineJmhFile.getFileName().toString();
        return baselineJmhFile.resolveSibling(name.replaceFirst("\\.json$", "") + "-named.json");
    }

    /** Seconds since this JVM's process started: what the campaign's clock for the budget counts too. */
    private static double secondsSinceStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
        return (System.currentTimeMillis() - start) / 1000.0;
    }
}
