package org.autodiffbench.results;

import java.util.Arrays;
import java.util.List;

/**
 * How long the cell's engine took to prepare its graph ({@code DiffEngine.prepare}, where a
 * compiled engine generates and compiles its code), timed by wall clock in the cell's JVM and
 * never part of the timed call. The first prepare in the JVM also loads the engine's classes
 * (and a compiler's), so it is kept apart from the prepares that follow it.
 *
 * @param firstNs the first prepare in the cell's JVM
 * @param medianNs the median of the prepares after the first; the first itself when none followed
 * @param samples how many prepares {@code medianNs} is the median of: those after the first, or 1
 *     when only the first was timed
 */
public record Preparation(double firstNs, double medianNs, int samples) {

    public Preparation {
        if (samples < 1) {
            throw new IllegalArgumentException("a preparation time rests on at least one prepare, not " + samples);
        }
    }

    /** The statistics of a first prepare and the prepares timed after it (possibly none). */
    public static Preparation of(long firstNs, List<Long> laterNs) {
        if (laterNs.isEmpty()) {
            return new Preparation(firstNs, firstNs, 1);
        }
        long[] sorted = laterNs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new Preparation(firstNs, median, n);
    }
}
