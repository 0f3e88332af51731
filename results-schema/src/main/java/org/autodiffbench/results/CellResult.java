package org.autodiffbench.results;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;

/**
 * One cell of a campaign: what was asked ({@link CellSpec}), how it ended, and every fact
 * measured on the way. A part the cell never reached is null, never zero.
 *
 * @param id {@code spec.id()}, kept so that a file can be read and matched without recomputing it
 * @param reason why a cell that is not {@link Outcome#OK} ended as it did; null when ok
 * @param problem the model's dimensions; null when the model could not be built
 * @param engine what the engine declared; null when it could not be loaded
 * @param agreement the check of the derivative; null when it was not made
 * @param statistics the engine's own count of the checked call; null when it did not answer
 * @param timing JMH's measurement; null unless the cell was timed
 * @param baselines the model's baselines and the cell's ratios to them; null when none was timed
 * @param jmhFile JMH's raw results, relative to the results directory; null when untimed
 * @param load the machine's load at the cell's start and end; null in files written before it was recorded
 * @param unreliable why the cell's timing should not be read as a measurement, empty when
 *     nothing speaks against it; null when it was not judged (no timing, or an older file)
 * @param preparation how long the engine took to prepare, timed in the cell's JVM; null when it did not
 *     prepare, for a cell run outside such a JVM, and in files written before it was recorded
 */
public record CellResult(String id, CellSpec spec, Outcome outcome, String reason, Problem problem,
                         EngineFacts engine, Agreement agreement, CallStatistics statistics, Timing timing,
                         Baselines baselines, String jmhFile, String startedAt, String finishedAt, CellLoad load,
                         List<Unreliability> unreliable, Preparation preparation) {

    public CellResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        unreliable = unreliable == null ? null : List.copyOf(unreliable);
    }

    /** A cell whose preparation was not timed. */
    public CellResult(String id, CellSpec spec, Outcome outcome, String reason, Problem problem, EngineFacts engine,
                      Agreement agreement, CallStatistics statistics, Timing timing, Baselines baselines,
                      String jmhFile, String startedAt, String finishedAt, CellLoad load,
                      List<Unreliability> unreliable) {
        this(id, spec, outcome, reason, problem, engine, agreement, statistics, timing, baselines, jmhFile,
                startedAt, finishedAt, load, unreliable, null);
    }

    /** A cell whose load, reliability and preparation were not recorded. */
    public CellResult(String id, CellSpec spec, Outcome outcome, String reason, Problem problem, EngineFacts engine,
                      Agreement agreement, CallStatistics statistics, Timing timing, Baselines baselines,
                      String jmhFile, String startedAt, String finishedAt) {
        this(id, spec, outcome, reason, problem, engine, agreement, statistics, timing, baselines, jmhFile,
                startedAt, finishedAt, null, null, null);
    }

    /** The series label of the cell's engine and options as written. */
    public String series() {
        return spec.series();
    }

    /** The declared mode, {@link EngineMode#OTHER} when the engine was not loaded. */
    public EngineMode mode() {
        return engine == null ? EngineMode.OTHER : engine.mode();
    }

    /** The declared execution style, {@link ExecutionStyle#OTHER} when the engine was not loaded. */
    public ExecutionStyle executionStyle() {
        return engine == null ? ExecutionStyle.OTHER : engine.executionStyle();
    }

    /** The median time per call, or null when the cell has no timing. */
    public Double medianNs() {
        return timing == null ? null : timing.medianNs();
    }

    /** Is this cell ok, with a timing to trust? */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** Was its timing flagged as unreliable, for any reason? */
    public boolean flagged() {
        return unreliable != null && !unreliable.isEmpty();
    }

    /** Why its timing was flagged, the reasons joined with {@code "; "}; null when none were judged. */
    public String unreliableReasons() {
        return unreliable == null ? null
                : unreliable.stream().map(Unreliability::reason).collect(Collectors.joining("; "));
    }
}
