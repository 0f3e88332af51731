package org.autodiffbench.harness.testengines;

import java.util.Arrays;
import java.util.Random;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/**
 * The reverse engine's gradient, and a value with noise of a given size added that behaves like
 * rounding in a long, ill-conditioned computation: the same point always gets the same value,
 * any other point an unrelated one. The gradient, that of the function without the noise, is
 * right; finite differences see the noise divided by their step.
 */
public final class NoisyValueTestEngine extends DelegatingTestEngine {

    public static final String ID = "noisy-value-test";

    private final double amplitude;

    public NoisyValueTestEngine(double amplitude) {
        this.amplitude = amplitude;
    }

    @Override
    public String id() {
        return ID;
    }

    /** A number in [−a, a) added to the value, depending on every bit of x and on nothing else. */
    @Override
    double misbehaveInValue(double[] x, double value) {
        return value + amplitude * (2 * new Random(Arrays.hashCode(x)).nextDouble() - 1);
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }
}
