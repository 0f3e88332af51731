package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;

/** What the module transcript tests share: an eval's input line in, one run on a prepared engine, the output out. */
final class ModuleRuns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EngineRegistry ENGINES = EngineRegistry.discover();

    private ModuleRuns() {
    }

    /** The input of an {@code evaluate} message, as its JSON text. */
    static JsonNode input(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("test input is not JSON: " + json, e);
        }
    }

    /** The task's output after two runs on the engine with this id, prepared for the task's graph. */
    static JsonNode run(GradBenchTask task, String engineId) {
        DiffEngine engine = ENGINES.require(engineId);
        try (PreparedDiff prepared = engine.prepare(task.graph(), EngineOptions.none())) {
            task.run(prepared);
            task.run(prepared);
            return task.output();
        }
    }

    /** The elements of a {@code double[]} output. */
    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }
}
