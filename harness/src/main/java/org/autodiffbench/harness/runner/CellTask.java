package org.autodiffbench.harness.runner;

import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.harness.campaign.Cell;
import org.autodiffbench.harness.campaign.TimingSettings;

/**
 * What a cell's JVM is asked to do: probe one engine on one model (agreement, statistics, the
 * time of a call), then time it with JMH if the budget allows. Sent to {@link CellProcess} as JSON.
 *
 * @param budgetSeconds the whole cell's budget, counted from the start of the cell's JVM
 * @param finiteDifferenceDirections how many random directions the central-difference check uses
 * @param jmhFile where JMH writes its raw JSON results
 */
record CellTask(String engine, Map<String, String> options, String model, int size,
                       Map<String, String> modelOptions, long seed, Operator operator, double tolerance,
                       int finiteDifferenceDirections, double budgetSeconds, TimingSettings timing, String jmhFile) {

    public CellTask {
        options = Map.copyOf(options);
        modelOptions = Map.copyOf(modelOptions);
    }

    /** The task of one planned cell. */
    public static CellTask of(Cell cell, long seed, double tolerance, int finiteDifferenceDirections,
                              double budgetSeconds, TimingSettings timing, String jmhFile) {
        return new CellTask(cell.engine(), cell.options().asMap(), cell.model(), cell.size(), cell.modelOptions(),
                seed, cell.operator(), tolerance, finiteDifferenceDirections, budgetSeconds, timing, jmhFile);
    }

    /** The engine options as the engine receives them. */
    public EngineOptions engineOptions() {
        return EngineOptions.of(options);
    }

    /** The workload JMH times for this cell. */
    public Workload workload() {
        return new Workload(Workload.Role.ENGINE, engine, options, model, size, modelOptions, seed, operator);
    }
}
