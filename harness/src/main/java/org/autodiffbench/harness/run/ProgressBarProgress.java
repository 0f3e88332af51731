package org.autodiffbench.harness.run;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.autodiffbench.results.CellResult;

/** Progress on a terminal: a bar with cell k of n, the current cell and the estimated time left. */
final class ProgressBarProgress implements Progress {

    private final ProgressBar bar;

    ProgressBarProgress(int alreadyDone, int total) {
        bar = new ProgressBarBuilder()
                .setTaskName("cells")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .startsFrom(alreadyDone, Duration.ZERO)
                .build();
    }

    @Override
    public void started(int done, int total, String cellId) {
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
        bar.close();
    }
}
