package org.autodiffbench.harness.run;

import java.io.PrintWriter;
import org.autodiffbench.results.CellResult;

/** Shows how far a campaign has got: cell k of n, the current cell and the time left. */
public interface Progress extends AutoCloseable {

    /** A cell is about to run; {@code done} cells of {@code total} have outcomes. */
    void started(int done, int total, String cellId);

    /** A cell has its outcome; {@code done} now counts it. */
    void finished(int done, int total, CellResult result);

    @Override
    void close();

    /** A progress bar on a terminal, otherwise one line per cell on {@code err}. */
    static Progress forConsole(PrintWriter err, int alreadyDone, int total) {
        return System.console() != null ? new ProgressBarProgress(alreadyDone, total)
                : new LineProgress(err, alreadyDone);
    }
}
