package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/**
 * Never returns from a gradient, and ignores interrupts: in a cell's JVM it spins until the JVM
 * is killed. A test that makes it hang in its own JVM calls {@link #hold()} first and
 * {@link #release()} when done, so the spinning thread does not outlive the test.
 */
public final class HangingTestEngine extends DelegatingTestEngine {

    public static final String ID = "hanging-test";

    private static volatile boolean released;

    /** Makes every gradient from now on hang until {@link #release()}. */
    public static void hold() {
        released = false;
    }

    /** Lets every hanging gradient return. */
    public static void release() {
        released = true;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        while (!released) {
            Thread.onSpinWait();
        }
        return value;
    }
}
