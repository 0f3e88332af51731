package org.autodiffbench.results;

import java.util.List;

/**
 * JMH's measurement of one benchmark: time per call in nanoseconds, its spread, and every
 * per-iteration sample (what a significance test between two runs needs).
 *
 * @param interval a confidence interval of the mean; its bounds are NaN when JMH could not make one
 * @param allocBytesPerCall {@code gc.alloc.rate.norm} from JMH's GC profiler, null if not profiled
 * @param forks the JVMs JMH forked; null when the file did not record it (schema 1)
 * @param warmupIterations warmup iterations per fork; null when not recorded
 * @param measurementIterations measured iterations per fork; null when not recorded
 */
public record Timing(double medianNs, double meanNs, double minNs, double maxNs, ConfidenceInterval interval,
                     List<Double> samplesNs, Double allocBytesPerCall, Integer forks, Integer warmupIterations,
                     Integer measurementIterations) {

    public Timing {
        samplesNs = List.copyOf(samplesNs);
    }
}
