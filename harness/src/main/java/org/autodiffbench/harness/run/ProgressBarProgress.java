package org.autodiffbench.harness.run;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.autodiffbench.results.CellResult;

/**
 * Progress on a terminal: a bar with cell k of n, the current cell and the estimated time left.
 * The bar, and the clock its estimate runs on, starts with the first cell, so a wait for JMH's
 * lock before it does not count as time the cells take.
 */
final class ProgressBarProgress implements Progress {

    private final int alreadyDone;
    private final int total;
    private ProgressBar bar;

    ProgressBarProgress(int alreadyDone, int total) {
        this.alreadyDone = alreadyDone;
        this.total = total;
    }

    @Override
    public void started(int done, int total, String cellId) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("cells")
                    .setInitialMax(this.total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .startsFrom(alreadyDone, Duration.ZERO)
                    .build();
        }
        bar.stepTo(done);
        bar.setExtraMessage(cellId);
    }

    @Override
    public void finished(int done, int total, CellResult result) {
        bar.stepTo(done);
        bar.setExtraMessage(result.id() + ": " + result.outcome().label());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
