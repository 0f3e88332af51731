package org.autodiffbench.harness.runner;

import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The one JMH benchmark of a campaign: its parameters name a {@link Workload} (a cell's engine
 * and operator, or a model's primal or hand-written derivative), which {@link #setUp} builds and
 * prepares and {@link #call} runs. {@link JmhTiming} sets every parameter; the defaults here
 * only make the class valid on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CellBenchmark {

    /** engine, primal or hand. */
    @Param("engine")
    public String role;

    @Param(Workload.REFERENCE_ENGINE)
    public String engine;

    /** The engine options, {@code k=v,k=v}. */
    @Param("")
    public String options;

    @Param("scalar-example")
    public String model;

    @Param("2")
    public int size;

    /** The model options, {@code k=v,k=v}. */
    @Param("")
    public String modelOptions;

    @Param("1")
    public long seed;

    /** An {@link org.autodiffbench.api.Operator} name, e.g. GRADIENT. */
    @Param("GRADIENT")
    public String operator;

    private OperatorCall call;

    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workload.fromJmhParameters(role, engine, options, model, size, modelOptions, seed,
                operator);
        ModelInstance instance = workload.instance();
        call = workload.prepare(instance, EngineRegistry.discover());
    }

    @Benchmark
    public double call() {
        return call.call();
    }

    /** Frees what the engine holds outside the heap (a native library's tensors) before the fork ends. */
    @TearDown(Level.Trial)
    public void tearDown() {
        call.target().close();
    }
}
