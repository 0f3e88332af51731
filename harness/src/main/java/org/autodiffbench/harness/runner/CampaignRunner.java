package org.autodiffbench.harness.runner;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.Cell;
import org.autodiffbench.reports.results.Baseline;
import org.autodiffbench.reports.results.CampaignResults;
import org.autodiffbench.reports.results.CellResult;
import org.autodiffbench.reports.results.Outcome;
import org.autodiffbench.reports.results.Timing;

/**
 * Runs a campaign's cells in plan order, each in a JVM of its own ({@link CellJvm}), skipping those
 * a resumed run has already finished. Before the first cell of a model size it times that size's
 * baselines; before each cell it predicts the cell's time from the smaller sizes of its series
 * and records it over budget instead of running it when the prediction exceeds the budget.
 * After every baseline and cell, results.json is rewritten.
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
     */
    public CampaignResults run(PrintWriter err) {
        List<Cell> cells = plan.cells();
        int total = cells.size();
        JmhLock lock = JmhLock.acquire(err);
        try {
            for (int i = 0; i < total; i++) {
                Cell cell = cells.get(i);
                if (directory.finished(cell)) {
                    continue;
                }
                progress.started(directory.finishedCount(), total, cell.id());
                Baseline baseline = baselineFor(cell);
                CellResult result = runCell(i + 1, cell, baseline);
                directory.record(result);
                progress.finished(directory.finishedCount(), total, result);
            }
        } finally {
            lock.close();
        }
        directory.finish();
        return directory.results();
    }

    private Baseline baselineFor(Cell cell) {
        String key = baselineKey(cell);
        Optional<Baseline> known = directory.baseline(key);
        if (known.isPresent()) {
            return known.get();
        }
        String stem = "baseline-" + (directory.baselineCount() + 1);
        BaselineTask task = new BaselineTask(cell.model(), cell.size(), cell.modelOptions(), plan.seed(),
                plan.timing(), directory.path().resolve(ResultsDirectory.jmhName(stem)).toString());
        CellJvm.Exit exit = CellJvm.run(List.of(CellProcess.BASELINE, ChildMessages.json(task)), budget());
        Baseline baseline;
        Optional<BaselineReport> report = find(exit, ChildMessages.BASELINE, BaselineReport.class);
        if (report.isPresent()) {
            BaselineReport r = report.get();
            baseline = new Baseline(cell.model(), cell.size(), cell.modelOptionsLabel(), r.params(), r.primalSource(),
                    r.primal(), r.hand(), r.note());
        } else {
            String why = exit.timedOut() ? "stopped at the " + TimeEstimate.seconds(plan.cellBudgetSeconds())
                    + " budget" : exit.failure();
            baseline = new Baseline(cell.model(), cell.size(), cell.modelOptionsLabel(), 0, null, null, null, why);
        }
        directory.record(baseline);
        return baseline;
    }

    private CellResult runCell(int number, Cell cell, Baseline baseline) {
        String startedAt = Instant.now().toString();
        CellRecord record = new CellRecord(cell, baseline, plan.tolerance(), startedAt);

        Optional<String> unsupported = unsupported(cell);
        if (unsupported.isPresent()) {
            return record.stopped(Outcome.UNSUPPORTED, unsupported.get());
        }
        Optional<String> overBudget = predictedOverBudget(cell, baseline.params());
        if (overBudget.isPresent()) {
            return record.stopped(Outcome.OVER_BUDGET, overBudget.get());
        }

        String jmhName = ResultsDirectory.jmhName(Integer.toString(number));
        CellTask task = CellTask.of(cell, plan.seed(), plan.tolerance(), plan.finiteDifferenceDirections(),
                plan.cellBudgetSeconds(), plan.timing(), directory.path().resolve(jmhName).toString());
        CellJvm.Exit exit = CellJvm.run(List.of(CellProcess.CELL, ChildMessages.json(task)), budget());
        Optional<ProbeReport> probe = find(exit, ChildMessages.PROBE, ProbeReport.class);
        Optional<TimingReport> timing = find(exit, ChildMessages.TIMING, TimingReport.class);
        probe.ifPresent(record::probed);
        if (exit.timedOut()) {
            return record.stopped(Outcome.TIMEOUT, "stopped at the " + TimeEstimate.seconds(plan.cellBudgetSeconds())
                    + " budget while " + (probe.isEmpty() ? "checking the derivative" : "timing with JMH"));
        }
        if (probe.isEmpty()) {
            return record.stopped(Outcome.FAILED, exit.failure());
        }
        if (probe.get().outcome() != Outcome.OK) {
            return record.stopped(probe.get().outcome(), probe.get().reason());
        }
        if (timing.isEmpty()) {
            return record.stopped(Outcome.FAILED, "while timing: " + exit.failure());
        }
        TimingReport t = timing.get();
        if (t.outcome() != Outcome.OK) {
            return record.stopped(t.outcome(), t.reason());
        }
        return record.timed(t.timing(), jmhName);
    }

    /** The engine is loaded here and does not offer the operator: no JVM is needed to say so. */
    private Optional<String> unsupported(Cell cell) {
        Optional<DiffEngine> engine = registry.find(cell.engine());
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
    private Optional<String> predictedOverBudget(Cell cell, long params) {
        List<CellResult> smaller = directory.cells().stream()
                .filter(r -> r.series().equals(cell.series()) && r.model().equals(cell.model())
                        && r.modelOptions().equals(cell.modelOptionsLabel())
                        && r.operator().equals(cell.operator().label()) && r.size() < cell.size())
                .toList();
        Set<Outcome> tooSlow = Set.of(Outcome.TIMEOUT, Outcome.OVER_BUDGET);
        Optional<CellResult> slow = smaller.stream().filter(r -> tooSlow.contains(r.outcome())).findFirst();
        if (slow.isPresent()) {
            return Optional.of("estimated over the " + TimeEstimate.seconds(plan.cellBudgetSeconds())
                    + " budget: the smaller size " + slow.get().size() + " already was " + slow.get().outcome().label());
        }
        List<TimeTrend.Point> points = smaller.stream().filter(r -> r.timing() != null)
                .map(r -> new TimeTrend.Point(r.size(), r.params(), r.timing().medianNs() / 1e9)).toList();
        Optional<TimeTrend.Prediction> call = params > 0 ? TimeTrend.predict(points, params) : Optional.empty();
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

    private Duration budget() {
        return Duration.ofMillis(Math.round(plan.cellBudgetSeconds() * 1000));
    }

    private static String baselineKey(Cell cell) {
        return cell.model() + "|" + cell.size() + "|" + cell.modelOptionsLabel();
    }

    private static <T> Optional<T> find(CellJvm.Exit exit, String kind, Class<T> type) {
        return exit.reportLines().stream().map(l -> ChildMessages.parse(l, kind, type)).flatMap(Optional::stream)
                .findFirst();
    }

    /** Collects one cell's record as its parts arrive. */
    private static final class CellRecord {

        private final Cell cell;
        private final Baseline baseline;
        private final double tolerance;
        private final String startedAt;
        private ProbeReport probe;

        CellRecord(Cell cell, Baseline baseline, double tolerance, String startedAt) {
            this.cell = cell;
            this.baseline = baseline;
            this.tolerance = tolerance;
            this.startedAt = startedAt;
        }

        void probed(ProbeReport report) {
            probe = report;
        }

        CellResult stopped(Outcome outcome, String reason) {
            return build(outcome, reason, null, null);
        }

        CellResult timed(Timing timing, String jmhFile) {
            return build(Outcome.OK, null, timing, jmhFile);
        }

        private CellResult build(Outcome outcome, String reason, Timing timing, String jmhFile) {
            Double primalNs = baseline.primal() == null ? null : baseline.primal().medianNs();
            Double handNs = baseline.hand() == null ? null : baseline.hand().medianNs();
            Double median = timing == null ? null : timing.medianNs();
            long params = probe != null && probe.params() > 0 ? probe.params() : baseline.params();
            return new CellResult(cell.id(), cell.engine(), cell.options().asMap(), cell.series(), cell.model(),
                    cell.size(), cell.modelOptionsLabel(), params, cell.operator().label(), outcome, reason,
                    probe == null ? null : probe.maxRho(), probe == null ? Double.valueOf(tolerance) : probe.tolerance(),
                    probe == null ? null : probe.references(), timing, primalNs, handNs, ratio(median, primalNs),
                    ratio(median, handNs), probe == null ? null : probe.retainedBytes(),
                    probe == null ? null : probe.sweeps(), probe == null ? null : probe.stageEvaluations(),
                    probe == null ? null : probe.flops(), probe == null ? null : probe.details(), jmhFile, startedAt,
                    Instant.now().toString());
        }

        private static Double ratio(Double time, Double reference) {
            return time == null || reference == null || reference <= 0 ? null : time / reference;
        }
    }
}
