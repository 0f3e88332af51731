package org.autodiffbench.reports.results;

import java.util.List;

/**
 * JMH's measurement of one benchmark: time per call in nanoseconds, its spread, and the raw
 * per-iteration samples (what a significance test between two runs needs).
 *
 * @param ciLowNs the low end of JMH's 99.9% confidence interval; NaN with fewer than 3 iterations
 * @param allocBytesPerCall {@code gc.alloc.rate.norm} from JMH's GC profiler, null if not profiled
 */
public record Timing(double medianNs, double meanNs, double minNs, double maxNs, double ciLowNs, double ciHighNs,
                     List<Double> samplesNs, Double allocBytesPerCall) {

    public Timing {
        samplesNs = List.copyOf(samplesNs);
    }
}
