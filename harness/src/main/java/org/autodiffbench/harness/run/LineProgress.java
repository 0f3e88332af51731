package org.autodiffbench.harness.run;

import java.io.PrintWriter;
import java.time.Duration;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;

/**
 * Progress for logs and CI: one line per finished cell,
 * {@code [k/n] <cell id>: <outcome> <median or reason> (elapsed m:ss, ETA m:ss)}. The time left is
 * the mean time of the cells this run has finished times the cells still to run.
 */
final class LineProgress implements Progress {

    private static final int MAX_REASON = 100;

    private final PrintWriter err;
    private final int alreadyDone;
    private final long start = System.nanoTime();

    LineProgress(PrintWriter err, int alreadyDone) {
        this.err = err;
        this.alreadyDone = alreadyDone;
    }

    @Override
    public void started(int done, int total, String cellId) {
        // one line per cell, when it ends
    }

    @Override
    public void finished(int done, int total, CellResult result) {
        err.println(line(done, total, result, Duration.ofNanos(System.nanoTime() - start), done - alreadyDone));
        err.flush();
    }

    static String line(int done, int total, CellResult result, Duration elapsed, int doneThisRun) {
        String detail;
        if (result.outcome() == Outcome.OK && result.medianNs() != null) {
            detail = " " + Durations.ofNanos(result.medianNs());
        } else if (result.reason() != null) {
            String reason = result.reason();
            detail = " " + (reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason);
        } else {
            detail = "";
        }
        String eta = doneThisRun <= 0 ? "?" : Durations.clock(elapsed.dividedBy(doneThisRun).multipliedBy(total - done));
        return "[" + done + "/" + total + "] " + result.id() + ": " + result.outcome().label() + detail
                + " (elapsed " + Durations.clock(elapsed) + ", ETA " + eta + ")";
    }

    @Override
    public void close() {
        err.flush();
    }
}
