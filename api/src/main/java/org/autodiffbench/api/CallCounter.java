package org.autodiffbench.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mutable tally an engine updates during a call without allocating, and turns into
 * {@link CallStatistics} only when asked.
 */
public final class CallCounter {

    private long tangentSweeps;
    private long adjointSweeps;
    private long stageEvaluations;
    private long retainedBytes;
    private long flops;
    private final Map<String, long[]> details = new LinkedHashMap<>();

    /** Clears every count at the start of a call. */
    public void reset() {
        tangentSweeps = 0;
        adjointSweeps = 0;
        stageEvaluations = 0;
        retainedBytes = 0;
        flops = 0;
        for (long[] cell : details.values()) {
            cell[0] = 0;
        }
    }

    public void tangentSweep() {
        tangentSweeps++;
    }

    public void adjointSweep() {
        adjointSweeps++;
    }

    public void stageEvaluations(long n) {
        stageEvaluations += n;
    }

    public void flops(long n) {
        flops += n;
    }

    /** Raises the peak of retained bytes to {@code bytes} if it is higher. */
    public void retained(long bytes) {
        retainedBytes = Math.max(retainedBytes, bytes);
    }

    /**
     * The cell of an engine-specific counter, registered at preparation so that updating it
     * during a call allocates nothing.
     */
    public long[] detail(String name) {
        return details.computeIfAbsent(name, k -> new long[1]);
    }

    public CallStatistics snapshot() {
        Map<String, Long> copy = new LinkedHashMap<>();
        details.forEach((k, v) -> copy.put(k, v[0]));
        return new CallStatistics(tangentSweeps, adjointSweeps, stageEvaluations, retainedBytes, flops, copy);
    }
}
