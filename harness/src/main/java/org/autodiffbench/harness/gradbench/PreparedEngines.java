package org.autodiffbench.harness.gradbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.graph.Graph;

/**
 * The engine prepared once per task key and reused, so that an {@code evaluate} timing measures the
 * function, not the graph's preparation. Only the most recently used few are kept: an eval asks
 * for a handful of functions at one size before it moves to the next, and a prepared engine of a
 * large size may hold much memory.
 */
final class PreparedEngines implements AutoCloseable {

    /** How many prepared engines are kept; enough for every function of an eval at one size. */
    static final int CAPACITY = 4;

    private final DiffEngine engine;
    private final EngineOptions options;
    private final Map<String, PreparedDiff> byKey = new LinkedHashMap<>(CAPACITY + 1, 1f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedDiff> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            eldest.getValue().close();
            return true;
        }
    };

    PreparedEngines(DiffEngine engine, EngineOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /**
     * The engine prepared for the task's key, prepared now if no task of that key came before; the
     * preparation then adds a {@code prepare} timing.
     *
     * @throws org.autodiffbench.api.UnsupportedPrimitiveException when the graph uses a primitive the engine lacks
     */
    PreparedDiff forTask(GradBenchTask task, List<GradBenchResponse.Timing> timings) {
        PreparedDiff prepared = byKey.get(task.key());
        if (prepared != null) {
            return prepared;
        }
        Graph graph = task.graph();
        PrimitiveSupport.require(engine, graph);
        long start = System.nanoTime();
        prepared = engine.prepare(graph, options);
        timings.add(new GradBenchResponse.Timing("prepare", System.nanoTime() - start));
        byKey.put(task.key(), prepared);
        return prepared;
    }

    /** Closes every kept engine. */
    @Override
    public void close() {
        byKey.values().forEach(PreparedDiff::close);
        byKey.clear();
    }
}
