package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.CompiledDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.engine.checkpointed.CheckpointedEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/**
 * compiled-checkpointed on long ode-chains: the bytes it retains follow the schedule, not T (equal
 * at T = 1000 and 10,000 for 4 snapshots, far below compiled-reverse's tape), the repeated Heun
 * steps are one body method per direction, and T = 100,000 prepares in well under a few seconds
 * and agrees with the hand-written adjoint.
 */
class CheckpointedScaleTest {

    private static final EngineOptions FOUR_SNAPSHOTS = EngineOptions.parse(List.of("snapshots=4"));

    private static ModelInstance odeChain(int steps) {
        return ModelFamilies.require("ode-chain").instance(steps, Map.of(), 3);
    }

    /** The bytes the engine reported retaining for one gradient at the model's point. */
    private static long retainedBytes(PreparedDiff prepared, ModelInstance model) {
        prepared.gradient(model.point(), new double[model.point().length]);
        return prepared.statistics().retainedBytes();
    }

    @Test
    void retainedBytesDoNotGrowWithTheChainForAFixedSnapshotCount() {
        ModelInstance shorter = odeChain(1000);
        ModelInstance longer = odeChain(10_000);
        CompiledCheckpointedEngine engine = new CompiledCheckpointedEngine();
        long atThousand = retainedBytes(engine.prepare(shorter.graph(), FOUR_SNAPSHOTS), shorter);
        long atTenThousand = retainedBytes(engine.prepare(longer.graph(), FOUR_SNAPSHOTS), longer);
        long interpreted = retainedBytes(new CheckpointedEngine().prepare(longer.graph(), FOUR_SNAPSHOTS), longer);
        long tape = retainedBytes(new CompiledReverseEngine().prepare(longer.graph(), EngineOptions.none()), longer);
        System.out.printf("ode-chain, 4 snapshots: compiled-checkpointed retains %d bytes at T = 1000 and %d at"
                + " T = 10000; checkpointed %d, compiled-reverse %d at T = 10000%n", atThousand, atTenThousand,
                interpreted, tape);
        assertThat(atTenThousand).as("retained bytes at T = 10000 against T = 1000").isEqualTo(atThousand);
        assertThat(atTenThousand).as("retained bytes against compiled-reverse's tape").isLessThan(tape / 100);
    }

    @Test
    void theRepeatedStepsAreOneBodyMethodPerDirection() {
        CompiledDiff prepared = (CompiledDiff) new CompiledCheckpointedEngine().prepare(odeChain(1000).graph(),
                FOUR_SNAPSHOTS);
        String source = prepared.compiledGraph().source();
        assertThat(prepared.compiledGraph().stageRuns()).as("runs of repeated stages").isEqualTo(1);
        assertThat(StageLoopTest.methods(source, "pb")).as("primal body methods").isEqualTo(1);
        assertThat(StageLoopTest.methods(source, "ab")).as("adjoint body methods").isEqualTo(1);
    }

    @Test
    void odeChainOfAHundredThousandStepsPreparesFastAndAgreesWithTheHandAdjoint() {
        ModelInstance model = odeChain(100_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        PreparedDiff prepared = new CompiledCheckpointedEngine().prepare(model.graph(), EngineOptions.none());
        double seconds = (System.nanoTime() - started) * 1e-9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) * 1e-9;
        CompiledGraph compiled = ((CompiledDiff) prepared).compiledGraph();
        System.out.printf("ode-chain T = 100000: compiled-checkpointed prepared in %.3f s (%.3f s of this thread's"
                + " CPU), of which code generated in %.1f ms and compiled in %.1f ms%n", seconds, cpuSeconds,
                compiled.generationNanos() * 1e-6, compiled.compilationNanos() * 1e-6);
        // The thread's CPU time does not count what other builds on a shared machine take from it; the chain and
        // the schedule of 744,240 actions are built here too, as the interpreted engine builds them.
        assertThat(cpuSeconds).as("CPU seconds to prepare").isLessThan(4.0);
        double[] x = model.point();
        double[] gradient = new double[x.length];
        double[] hand = new double[x.length];
        double value = prepared.gradient(x, gradient);
        double handValue = model.handDerivative().orElseThrow().gradient(x, hand);
        Rho.assertClose("value against the hand-written adjoint", value, handValue, 1e-10);
        Rho.assertClose("gradient against the hand-written adjoint", gradient, hand, 1e-10);
    }
}
