package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prepared compiled engine allocates nothing per call once warm: every array was allocated at
 * prepare, and a call only binds the caller's arrays. Measured with the JVM's count of the bytes
 * this thread allocated (HotSpot's com.sun.management.ThreadMXBean).
 */
class SteadyStateAllocationTest {

    private static final int WARM_UP_CALLS = 20_000;
    private static final int MEASURED_CALLS = 2_000;
    /**
     * Rounds of measured calls, repeated until one allocates nothing or this many seconds pass. The
     * fewest bytes of a round count: what the JVM sets up once (the Vector API's kernels box until
     * C2 has compiled them, which takes longer on a loaded machine) is no cost of a call, and a
     * cost of every call shows in every round.
     */
    private static final long STEADY_STATE_SECONDS = 20;

    @ParameterizedTest(name = "{0} size {1}")
    @CsvSource({"scalar-example, 2", "ode-chain, 20", "jacobian, 8", "mlp-width, 4", "scalar-dag, 32"})
    void callsAllocateNothingOnceWarm(String family, int size) {
        ModelInstance model = ModelFamilies.require(family).instance(size, Map.of(), 1);
        for (DiffEngine engine : new DiffEngine[] {new CompiledForwardEngine(), new CompiledReverseEngine()}) {
            PreparedDiff prepared = engine.prepare(model.graph(), EngineOptions.none());
            Runnable call = call(prepared, model);
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                call.run();
            }
            long fewest = Long.MAX_VALUE;
            long deadline = System.nanoTime() + STEADY_STATE_SECONDS * 1_000_000_000L;
            while (fewest > 0 && System.nanoTime() < deadline) {
                long idle = allocatedBytes();
                long before = allocatedBytes();
                long measuring = before - idle;
                for (int i = 0; i < MEASURED_CALLS; i++) {
                    call.run();
                }
                fewest = Math.min(fewest, allocatedBytes() - before - measuring);
            }
            assertThat(fewest).as("fewest bytes allocated by %d calls of %s on %s", MEASURED_CALLS,
                    engine.id(), family).isZero();
        }
    }

    /** A gradient for a scalar function, a Jacobian for a vector one. */
    private static Runnable call(PreparedDiff prepared, ModelInstance model) {
        Graph graph = model.graph();
        double[] x = model.point();
        if (graph.hasScalarOutput()) {
            double[] gradient = new double[x.length];
            return () -> prepared.gradient(x, gradient);
        }
        double[] y = new double[graph.outputSize()];
        double[] jacobian = new double[graph.outputSize() * x.length];
        return () -> prepared.jacobian(x, y, jacobian);
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
