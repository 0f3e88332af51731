package org.autodiffbench.benchmarks;

import java.util.Locale;
import java.util.Optional;
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

    /** A call's time, or "not measured" for a planned call that JMH did not run. */
    static String time(Optional<MeasuredCall> call) {
        return call.map(MeasuredCall::time).orElse("not measured");
    }

    /** A call's score, or NaN (which misses any target) for a planned call that JMH did not run. */
    static double score(Optional<MeasuredCall> call) {
        return call.map(MeasuredCall::score).orElse(Double.NaN);
    }
}
