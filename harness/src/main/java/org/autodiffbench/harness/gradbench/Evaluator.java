package org.autodiffbench.harness.gradbench;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;

/**
 * The work of an {@code evaluate} message: the module's task, the engine prepared for its key, the
 * runs {@code min_runs} and {@code min_seconds} ask for, each timed on its own, and the output.
 */
final class Evaluator implements AutoCloseable {

    private final DiffEngine engine;
    private final ModuleCatalogue modules;
    private final PreparedEngines prepared;

    Evaluator(DiffEngine engine, EngineOptions options, ModuleCatalogue modules) {
        this.engine = engine;
        this.modules = modules;
        this.prepared = new PreparedEngines(engine, options);
    }

    /**
     * Evaluates the message's function at its input.
     *
     * @throws GradBenchRefusal when the function needs what this project cannot do
     * @throws IllegalArgumentException for an unknown module or function, or an input not of the eval's type
     * @throws UnsupportedOperatorException when the engine does not offer an operator the function needs
     * @throws org.autodiffbench.api.UnsupportedPrimitiveException when the graph uses a primitive the engine lacks
     */
    GradBenchResponse.Evaluated evaluate(GradBenchMessage.Evaluate message) {
        GradBenchTask task = modules.require(message.module()).task(message.function(), message.input());
        Runs runs = Runs.of(message.input());
        for (Operator operator : task.operators()) {
            if (!engine.capabilities().contains(operator)) {
                throw new UnsupportedOperatorException(engine.id(), operator);
            }
        }
        List<GradBenchResponse.Timing> timings = new ArrayList<>();
        PreparedDiff engineForTask = prepared.forTask(task, timings);
        int count = 0;
        long total = 0;
        do {
            long start = System.nanoTime();
            task.run(engineForTask);
            long elapsed = System.nanoTime() - start;
            timings.add(new GradBenchResponse.Timing("evaluate", elapsed));
            total += elapsed;
            count++;
        } while (!runs.done(count, total));
        return GradBenchResponse.Evaluated.success(message.id(), task.output(), timings);
    }

    @Override
    public void close() {
        prepared.close();
    }
}
