package org.autodiffbench.engine.checkpointed;

import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;

/**
 * Run in a JVM of its own by {@link RetainedBytesMatchTheHeapTest}: prepares the checkpointed
 * engine on one model with two option sets in turn, takes a gradient with each, and prints,
 * per option set, the engine's retained bytes and the heap in use (after full collections)
 * while the prepared object is alive. Everything else alive is the same in both, so the
 * difference of heaps is the difference of what the two engines keep. The option set
 * {@value #NOTHING} prepares no engine and reports the heap with the model alone;
 * {@value #DEFAULTS} prepares it without options.
 *
 * <p>Arguments: family, size, then option sets such as {@code snapshots=100000}.
 */
public final class HeapProbe {

    static final String NOTHING = "nothing";
    static final String DEFAULTS = "defaults";

    private HeapProbe() {
    }

    public static void main(String[] args) {
        ModelInstance model = ModelFamilies.require(args[0]).instance(Integer.parseInt(args[1]), 1L);
        double[] x = model.point();
        double[] gradient = new double[x.length];
        CheckpointedEngine engine = new CheckpointedEngine();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals(NOTHING)) {
                System.out.println("probe " + NOTHING + " retained=0 heap=" + usedHeapAfterGc());
                continue;
            }
            PreparedDiff prepared = engine.prepare(model.graph(), args[i].equals(DEFAULTS)
                    ? EngineOptions.none() : EngineOptions.parse(List.of(args[i].split(";"))));
            prepared.gradient(x, gradient);
            long retained = prepared.statistics().retainedBytes();
            long heap = usedHeapAfterGc();
            System.out.println("probe " + args[i] + " retained=" + retained + " heap=" + heap);
            prepared.gradient(x, gradient); // keeps the prepared object reachable until after the measurement
        }
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
