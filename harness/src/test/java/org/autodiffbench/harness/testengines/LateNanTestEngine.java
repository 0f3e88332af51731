package org.autodiffbench.harness.testengines;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/**
 * Answers like the reverse engine for its first {@value #GOOD_CALLS} gradients in a JVM, then NaN:
 * an engine that passes the check (one call) and breaks only while JMH times it.
 */
public final class LateNanTestEngine extends DelegatingTestEngine {

    public static final String ID = "late-nan-test";
    /** More than the check makes, far fewer than a JMH fork makes in one warmup iteration. */
    public static final long GOOD_CALLS = 1000;

    private final AtomicLong calls = new AtomicLong();

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        if (calls.incrementAndGet() > GOOD_CALLS) {
            Arrays.fill(gradient, Double.NaN);
        }
        return value;
    }
}
