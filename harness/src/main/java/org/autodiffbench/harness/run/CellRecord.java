package org.autodiffbench.harness.run;

import java.time.Instant;
import org.autodiffbench.harness.cell.ProbeReport;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.EngineFacts;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;

/**
 * One cell's result as its parts arrive: the spec it was planned as, the baseline of its model,
 * what the engine declared, then the probe's facts and the timing; the ratios to the baselines
 * are computed once, here, by {@link Baselines#of}. The machine's load is read as the record is
 * made and again as the cell ends, and a timing is judged by it ({@link TimingReliability}).
 */
final class CellRecord {

    private final CellSpec spec;
    private final Baseline baseline;
    private final EngineFacts declared;
    private final String startedAt = Instant.now().toString();
    private final MachineLoad loadAtStart = LoadGauge.now();
    private ProbeReport probe;

    /**
     * @param declared what the engine declared as this JVM loaded it; null when it is not loaded here
     */
    CellRecord(CellSpec spec, Baseline baseline, EngineFacts declared) {
        this.spec = spec;
        this.baseline = baseline;
        this.declared = declared;
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
        Problem problem = probe != null && probe.problem() != null ? probe.problem() : baseline.problem();
        EngineFacts engine = probe != null && probe.engine() != null ? probe.engine() : declared;
        Baselines baselines = baseline.primal() == null && baseline.hand() == null ? null
                : Baselines.of(baseline, timing);
        CellLoad load = new CellLoad(loadAtStart, LoadGauge.now());
        return new CellResult(spec.id(), spec, outcome, reason, problem, engine,
                probe == null ? null : probe.agreement(), probe == null ? null : probe.statistics(), timing,
                baselines, jmhFile, startedAt, Instant.now().toString(), load,
                timing == null ? null : TimingReliability.judge(timing, load),
                probe == null ? null : probe.preparation());
    }
}
