package org.autodiffbench.harness.testengines;

import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;

/**
 * Answers correctly but spins for {@code nanosPerCube}·n³ ns per gradient (n parameters), a cost
 * whose growth the campaign's trend fit must see coming.
 */
public final class SlowTestEngine extends DelegatingTestEngine {

    public static final String ID = "slow-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec("nanosPerCube", "spin nanosPerCube·n³ ns per gradient", "1000"));
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        long n = graph.parameterCount();
        long spin = options.getInt("nanosPerCube", 1000, 0) * n * n * n;
        long end = System.nanoTime() + spin;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        return value;
    }
}
