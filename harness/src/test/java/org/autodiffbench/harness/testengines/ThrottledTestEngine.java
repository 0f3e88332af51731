package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/**
 * Answers correctly, then spins for as many nanoseconds per call as the system property
 * {@value #SPIN_PROPERTY} says (0 when unset): the same engine, artificially slowed between
 * two runs of one campaign, so that {@code compare} has a regression to find. The property
 * reaches the cells' JVMs like every {@code autodiffbench.*} property.
 */
public final class ThrottledTestEngine extends DelegatingTestEngine {

    public static final String ID = "throttled-test";
    public static final String SPIN_PROPERTY = "autodiffbench.test.spinNanos";

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        long end = System.nanoTime() + Long.getLong(SPIN_PROPERTY, 0L);
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        return value;
    }
}
