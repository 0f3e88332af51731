package org.autodiffbench.harness.cell;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.results.Preparation;

/**
 * Times {@code engine.prepare(graph, options)} by wall clock in the cell's JVM: the first prepare,
 * then up to {@value #MAX_LATER} more while the prepares so far and one more like the last stay
 * within {@value #BUDGET_NANOS} ns, so a cheap prepare is timed five times and a slow one once,
 * at little cost to the cell. Each prepared object is closed and dropped before the next is made,
 * so a large model's buffers are never held twice; the last one is kept for the cell's check.
 */
final class PreparationTiming {

    static final int MAX_LATER = 4;
    static final long BUDGET_NANOS = 1_000_000_000L;

    private PreparationTiming() {
    }

    /** The engine prepared for the graph, and how long its prepares took. */
    record Timed(PreparedDiff prepared, Preparation preparation) {
    }

    /**
     * Prepares the engine repeatedly as described above.
     *
     * @throws RuntimeException whatever a prepare or a close throws, for the probe to record
     */
    static Timed prepare(DiffEngine engine, EngineOptions options, Graph graph) {
        long start = System.nanoTime();
        PreparedDiff prepared = engine.prepare(graph, options);
        long first = System.nanoTime() - start;
        List<Long> later = new ArrayList<>();
        long spent = first;
        long last = first;
        while (later.size() < MAX_LATER && spent + last <= BUDGET_NANOS) {
            prepared.close();
            // unreachable before the next prepare allocates, so the heap never holds two
            prepared = null;
            long before = System.nanoTime();
            prepared = engine.prepare(graph, options);
            last = System.nanoTime() - before;
            later.add(last);
            spent += last;
        }
        return new Timed(prepared, Preparation.of(first, later));
    }
}
