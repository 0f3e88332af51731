package org.autodiffbench.benchmarks;

import java.util.Locale;
import org.openjdk.jmh.results.RunResult;

/**
 * What JMH measured of one benchmark call on one model: the mean time with its error, in the
 * benchmark's unit, and the bytes a call allocated ({@code gc.alloc.rate.norm}, NaN without
 * {@code -prof gc}).
 */
record MeasuredCall(double score, double error, double allocatedBytes) {

    static MeasuredCall of(RunResult result) {
        return new MeasuredCall(JmhScores.score(result), result.getPrimaryResult().getScoreError(),
                JmhScores.secondary(result, "gc.alloc.rate.norm"));
    }

    /** "score ± error" to three significant digits, as the scores span 0.01 µs to milliseconds. */
    String time() {
        return String.format(Locale.ROOT, "%.3g ± %.2g", score, error);
    }
}
