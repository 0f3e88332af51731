package org.autodiffbench.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plain reverse mode against checkpointed reverse mode on stage-structured models: binomial
 * (Revolve) schedules with s = 2, 4, 8 and √l snapshots, and uniform with k = √l segments.
 * The engine's retained bytes are a property of the prepared object, not of timing; {@link
 * CheckpointingTradeoffTargets} reads them from the engines directly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", KernelSelection.ADD_VECTOR_MODULE})
public class CheckpointingBenchmark {

    /** family:size, with mlp-depth at width 256. */
    @Param({"mlp-depth:64", "mlp-depth:256", "ode-chain:10000"})
    public String model;

    /** reverse, binomial:S or uniform:K, where sqrt means round(√l). */
    @Param({"reverse", "binomial:2", "binomial:4", "binomial:8", "binomial:sqrt", "uniform:sqrt"})
    public String config;

    private double[] x;
    private double[] gradient;
    private PreparedDiff prepared;

    @Setup(Level.Trial)
    public void setUp() {
        ModelInstance instance = instance(model);
        x = instance.point();
        gradient = new double[x.length];
        prepared = prepare(instance, config);
    }

    @Benchmark
    public double gradient() {
        return prepared.gradient(x, gradient);
    }

    /** The model a {@code family:size} parameter names; mlp-depth runs at width 256. */
    static ModelInstance instance(String model) {
        String[] parts = model.split(":");
        Map<String, String> options = parts[0].equals("mlp-depth") ? Map.of("width", "256") : Map.of();
        return ModelFamilies.require(parts[0]).instance(Integer.parseInt(parts[1]), options, 1L);
    }

    /** The engine a configuration names, prepared for the instance. */
    static PreparedDiff prepare(ModelInstance instance, String config) {
        EngineRegistry engines = EngineRegistry.discover();
        if (config.equals("reverse")) {
            return engines.require("reverse").prepare(instance.graph(), EngineOptions.none());
        }
        String[] parts = config.split(":");
        int stages = instance.graph().stageCount();
        String budget = parts[1].equals("sqrt") ? String.valueOf(Math.max(1, Math.round(Math.sqrt(stages)))) : parts[1];
        String option = parts[0].equals("uniform") ? "segments=" + budget : "snapshots=" + budget;
        return engines.require("checkpointed").prepare(instance.graph(),
                EngineOptions.parse(List.of("schedule=" + parts[0], option)));
    }
}
