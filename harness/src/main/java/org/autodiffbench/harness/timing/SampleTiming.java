package org.autodiffbench.harness.timing;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.autodiffbench.results.Timing;

/**
 * A timing made of single calls timed elsewhere (an external GradBench tool's {@code evaluate}
 * timings): the median and its bootstrap interval as for a JMH cell, one sample a call.
 */
public final class SampleTiming {

    private SampleTiming() {
    }

    /**
     * The timing of {@code samplesNs}, each one call's nanoseconds.
     *
     * @throws IllegalArgumentException when there is no sample
     */
    public static Timing of(List<Double> samplesNs) {
        if (samplesNs.isEmpty()) {
            throw new IllegalArgumentException("a timing needs at least one sample");
        }
        DoubleSummaryStatistics statistics = samplesNs.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        double median = MedianBootstrap.median(samplesNs.stream().mapToDouble(Double::doubleValue).toArray());
        return new Timing(median, statistics.getAverage(), statistics.getMin(), statistics.getMax(),
                MedianBootstrap.of(samplesNs), samplesNs, null, null, null, samplesNs.size());
    }
}
