package org.autodiffbench.harness.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;

/**
 * Progress for logs and CI: one line per finished cell,
 * {@code [k/n] <cell id>: <outcome> <median or reason> (elapsed m:ss, ETA m:ss)}. The time left is
 * the mean time of the cells this run has finished times the cells still to run, counting only the
 * time from each cell's start to its end: not a wait for JMH's lock before the first one.
 */
final class LineProgress implements Progress {

    private static final int MAX_REASON = 100;

    private final PrintWriter err;
    private final int alreadyDone;
    private final LongSupplier nanoTime;
    private final long start;
    private long cellStart;
    private long working;

    LineProgress(PrintWriter err, int alreadyDone) {
        this(err, alreadyDone, System::nanoTime);
    }

    /** @param nanoTime the clock, {@link System#nanoTime} but in tests */
    LineProgress(PrintWriter err, int alreadyDone, LongSupplier nanoTime) {
        this.err = err;
        this.alreadyDone = alreadyDone;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void started(int done, int total, String cellId) {
        cellStart = nanoTime.getAsLong(); // the line is printed when the cell ends
    }

    @Override
    public void finished(int done, int total, CellResult result) {
        long now = nanoTime.getAsLong();
        working += now - cellStart;
        err.println(line(done, total, result, Duration.ofNanos(now - start), Duration.ofNanos(working),
                done - alreadyDone));
        err.flush();
    }

    /**
     * @param elapsed since the run started
     * @param working spent running this run's cells, the pace the time left is estimated from
     */
    static String line(int done, int total, CellResult result, Duration elapsed, Duration working, int doneThisRun) {
        String detail;
        if (result.outcome() == Outcome.OK && result.medianNs() != null) {
            detail = " " + Durations.ofNanos(result.medianNs());
        } else if (result.reason() != null) {
            String reason = result.reason();
            detail = " " + (reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason);
        } else {
            detail = "";
        }
        String eta = doneThisRun <= 0 ? "?"
                : Durations.clock(working.dividedBy(doneThisRun).multipliedBy(total - done));
        return "[" + done + "/" + total + "] " + result.id() + ": " + result.outcome().label() + detail
                + " (elapsed " + Durations.clock(elapsed) + ", ETA " + eta + ")";
    }

    @Override
    public void close() {
        err.flush();
    }
}
