package org.autodiffbench.harness.timing;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.autodiffbench.results.ConfidenceInterval;

/**
 * The interval recorded around a time per call: a percentile bootstrap of the median of the
 * per-iteration times. The iterations are resampled with replacement, each resample's median is
 * taken, and the interval is read off the sorted medians. A resample's median is one of the
 * times or the mean of two, so the interval never leaves the fastest-to-slowest range and is
 * never negative, however few and skewed the iterations (a Student-t interval over three noisy
 * iterations reaches far below zero). A fixed seed makes the same iterations give the same interval.
 */
final class MedianBootstrap {

    static final int RESAMPLES = 2000;
    static final double LEVEL = 0.95;
    static final String METHOD = "bootstrap percentile of the median, " + RESAMPLES + " resamples";
    private static final long SEED = 20_250_101L;

    private MedianBootstrap() {
    }

    /** The interval of {@code samples}, with their count; NaN bounds when there are none. */
    static ConfidenceInterval of(List<Double> samples) {
        double[] times = samples.stream().mapToDouble(Double::doubleValue).toArray();
        if (times.length == 0) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, LEVEL, METHOD, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] medians = new double[RESAMPLES];
        double[] resample = new double[times.length];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < resample.length; i++) {
                resample[i] = times[random.nextInt(times.length)];
            }
            medians[r] = median(resample);
        }
        Arrays.sort(medians);
        double tail = (1 - LEVEL) / 2;
        int low = (int) Math.floor(tail * RESAMPLES);
        int high = (int) Math.ceil((1 - tail) * RESAMPLES) - 1;
        return new ConfidenceInterval(medians[low], medians[high], LEVEL, METHOD, times.length);
    }

    /** The median, sorting {@code values} in place. */
    static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
