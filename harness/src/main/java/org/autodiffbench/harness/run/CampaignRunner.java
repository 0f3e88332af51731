package org.autodiffbench.harness.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.harness.cell.BaselineReport;
import org.autodiffbench.harness.cell.BaselineTask;
import org.autodiffbench.harness.cell.CellJvm;
import org.autodiffbench.harness.cell.CellTask;
import org.autodiffbench.harness.cell.ProbeReport;
import org.autodiffbench.harness.cell.TimingReport;
import org.autodiffbench.harness.gradbench.GradBenchTool;
import org.autodiffbench.harness.gradbench.ToolCell;
import org.autodiffbench.harness.timing.JmhLock;
import org.autodiffbench.harness.timing.TimeEstimate;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.Outcome;

/**
 * Runs a campaign's cells in plan order, each in a JVM of its own ({@link CellJvm}), skipping those
 * a resumed run has already finished. Before the first cell of a model it times that model's
 * baselines; before each cell it predicts the cell's time from the smaller sizes of its series
 * and records it over budget instead of running it when the prediction exceeds the budget.
 * After every baseline and cell, results.json is rewritten and the journal appended; a write that
 * fails stops the run ({@link org.autodiffbench.results.ResultsWriteException}) with everything
 * finished before it kept.
 */
public final class CampaignRunner {

    private final CampaignPlan plan;
    private final ResultsDirectory directory;
    private final EngineRegistry registry;
    private final Progress progress;

    public CampaignRunner(CampaignPlan plan, ResultsDirectory directory, EngineRegistry registry, Progress progress) {
        this.plan = plan;
        this.directory = directory;
        this.registry = registry;
        this.progress = progress;
    }

    /**
     * Runs every cell without an outcome, holding JMH's lock throughout, marks the run finished
     * and returns the results.
     *
     * @param err where a wait for JMH's lock is announced
     * @throws org.autodiffbench.results.ResultsWriteException if results.json, the journal or a cell's JMH results
     *     cannot be written; the cell being recorded is then left to a resumed run
     */
    public CampaignResults run(PrintWriter err) {
        List<CellSpec> cells = plan.cells();
        int total = cells.size();
        try (JmhLock lock = JmhLock.acquire(err)) {
            for (int i = 0; i < total; i++) {
                CellSpec cell = cells.get(i);
                if (directory.finished(cell)) {
                    continue;
                }
                progress.started(directory.finishedCount(), total, cell.id());
                Baseline baseline = baselineFor(cell);
                CellResult result = runCell(i + 1, cell, baseline);
                directory.record(result);
                progress.finished(directory.finishedCount(), total, result);
            }
        }
        directory.finish();
        return directory.results();
    }

    private Baseline baselineFor(CellSpec cell) {
        Optional<Baseline> known = directory.baseline(cell.model());
        if (known.isPresent()) {
            return known.get();
        }
        String stem = "baseline-" + (directory.baselineCount() + 1);
        BaselineTask task = new BaselineTask(cell, plan.timing(),
                directory.path().resolve(ResultsDirectory.jmhName(stem)).toString());
        CellJvm.BaselineAttempt attempt = CellJvm.baseline(task, budget());
        Baseline baseline;
        if (attempt.report().isPresent()) {
            BaselineReport r = attempt.report().get();
            baseline = new Baseline(cell.model(), r.problem(), r.primalSource(), r.primal(), r.hand(), r.note(),
                    r.namedBaselines());
        } else {
            String why = attempt.exit().timedOut() ? "stopped at the "
                    + TimeEstimate.seconds(plan.cellBudgetSeconds()) + " budget" : attempt.exit().failure();
            baseline = new Baseline(cell.model(), null, null, null, null, why);
        }
        directory.record(baseline);
        return baseline;
    }

    private CellResult runCell(int number, CellSpec cell, Baseline baseline) {
        GradBenchTool tool = plan.tools().get(cell.engine());
        if (tool != null) {
            return runToolCell(tool, cell, baseline);
        }
        Optional<DiffEngine> engine = registry.find(cell.engine());
        CellRecord record = new CellRecord(cell, baseline, engine.map(EngineFacts::of).orElse(null));

        Optional<String> unsupported = unsupported(cell, engine);
        if (unsupported.isPresent()) {
            return record.stopped(Outcome.UNSUPPORTED, unsupported.get());
        }
        Optional<String> overBudget = predictedOverBudget(cell, baseline);
        if (overBudget.isPresent()) {
            return record.stopped(Outcome.OVER_BUDGET, overBudget.get());
        }

        String jmhName = ResultsDirectory.jmhName(Integer.toString(number));
        CellTask task = new CellTask(cell, plan.tolerance(), plan.finiteDifferenceDirections(),
                plan.cellBudgetSeconds(), plan.timing(), directory.path().resolve(jmhName).toString());
        CellJvm.CellAttempt attempt = CellJvm.cell(task, budget());
        Optional<ProbeReport> probe = attempt.probe();
        Optional<TimingReport> timing = attempt.timing();
        probe.ifPresent(record::probed);
        if (attempt.exit().timedOut()) {
            return record.stopped(Outcome.TIMEOUT, "stopped at the " + TimeEstimate.seconds(plan.cellBudgetSeconds())
                    + " budget while " + (probe.isEmpty() ? "checking the derivative" : "timing with JMH"));
        }
        if (probe.isEmpty()) {
            return record.stopped(Outcome.FAILED, attempt.exit().failure());
        }
        if (probe.get().outcome() != Outcome.OK) {
            return record.stopped(probe.get().outcome(), probe.get().reason());
        }
        if (timing.isEmpty()) {
            return record.stopped(Outcome.FAILED, "while timing: " + attempt.exit().failure());
        }
        TimingReport t = timing.get();
        if (t.outcome() != Outcome.OK) {
            return record.stopped(t.outcome(), t.reason());
        }
        directory.requireWhole(jmhName);
        return record.timed(t.timing(), jmhName);
    }

    /** A cell of an external GradBench tool: the harness drives the tool itself, no cell JVM is needed. */
    private CellResult runToolCell(GradBenchTool tool, CellSpec cell, Baseline baseline) {
        TimingSettings timing = plan.timing();
        int runs = timing.forks() * timing.measurementIterations();
        ToolCell.Settings settings = new ToolCell.Settings(budget(), plan.tolerance(),
                plan.finiteDifferenceDirections(), runs, runs * timing.measurementMillis() / 1000.0);
        CellRecord record = new CellRecord(cell, baseline, null);
        ToolCell.Report report = ToolCell.run(tool, cell, registry, settings);
        record.probed(new ProbeReport(report.outcome(), report.reason(), report.problem(), report.engine(),
                report.agreement(), null, report.setupSeconds(), null, null));
        return report.timing() == null ? record.stopped(report.outcome(), report.reason())
                : record.timed(report.timing(), null);
    }

    /** The engine is loaded here and does not offer the operator: no JVM is needed to say so. */
    private static Optional<String> unsupported(CellSpec cell, Optional<DiffEngine> engine) {
        try {
            if (engine.isPresent() && !engine.get().capabilities().contains(cell.operator())) {
                return Optional.of(new UnsupportedOperatorException(cell.engine(), cell.operator()).getMessage());
            }
        } catch (RuntimeException | LinkageError e) {
            // a broken capabilities() is the cell's JVM's to report
        }
        return Optional.empty();
    }

    /**
     * Over budget without running: a smaller size of the series already was (or ran out of time), or
     * the power-law trend of the smaller sizes' times predicts a cell longer than the budget.
     */
    private Optional<String> predictedOverBudget(CellSpec cell, Baseline baseline) {
        List<CellResult> smaller = directory.cells().stream()
                .filter(r -> sameSeries(r.spec(), cell) && r.spec().model().size() < cell.model().size())
                .toList();
        Set<Outcome> tooSlow = Set.of(Outcome.TIMEOUT, Outcome.OVER_BUDGET);
        Optional<CellResult> slow = smaller.stream().filter(r -> tooSlow.contains(r.outcome())).findFirst();
        if (slow.isPresent()) {
            return Optional.of("estimated over the " + TimeEstimate.seconds(plan.cellBudgetSeconds())
                    + " budget: the smaller size " + slow.get().spec().model().size() + " already was "
                    + slow.get().outcome().label());
        }
        List<TimeTrend.Point> points = smaller.stream().filter(r -> r.timing() != null && r.problem() != null)
                .map(r -> new TimeTrend.Point(r.spec().model().size(), r.problem().parameters(),
                        r.timing().medianNs() / 1e9)).toList();
        long params = baseline.problem() == null ? 0 : baseline.problem().parameters();
        Optional<TimeTrend.Prediction> call = params > 0 ? TimeTrend.predict(points, cell.model().size(), params) : Optional.empty();
        if (call.isEmpty()) {
            return Optional.empty();
        }
        double cellSeconds = TimeEstimate.cellSeconds(plan.timing(), call.get().seconds());
        if (cellSeconds <= plan.cellBudgetSeconds()) {
            return Optional.empty();
        }
        return Optional.of("estimated " + TimeEstimate.seconds(cellSeconds) + " from the trend of smaller sizes ("
                + call.get().sizes().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "; one call ≈ " + TimeEstimate.seconds(call.get().seconds()) + "), over the "
                + TimeEstimate.seconds(plan.cellBudgetSeconds()) + " budget");
    }

    /** The same engine and options as written, family and options, and operator: one series of one chart. */
    private static boolean sameSeries(CellSpec a, CellSpec b) {
        return a.series().equals(b.series()) && a.model().family().equals(b.model().family())
                && a.model().options().equals(b.model().options()) && a.operator() == b.operator();
    }

    private Duration budget() {
        return Duration.ofMillis(Math.round(plan.cellBudgetSeconds() * 1000));
    }
}
