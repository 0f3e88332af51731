package org.autodiffbench.benchmarks;

import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Reading a JMH result for a table: its score, its score with error, a secondary (profiler) result. */
final class JmhScores {

    private JmhScores() {
    }

    /** The primary score; NaN when the benchmark did not run. */
    static double score(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    /** "score ± error" with one decimal; a dash when the benchmark did not run. */
    static String withError(RunResult r) {
        if (r == null) {
            return "—";
        }
        Result<?> p = r.getPrimaryResult();
        return String.format(Locale.ROOT, "%.1f ± %.1f", p.getScore(), p.getScoreError());
    }

    /** A profiler's result by label, e.g. {@code gc.alloc.rate.norm}; NaN when absent. */
    static double secondary(RunResult r, String label) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> s = r.getSecondaryResults().get(label);
        return s == null ? Double.NaN : s.getScore();
    }
}
