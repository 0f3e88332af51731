package org.autodiffbench.harness.timing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.OperatorCall;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ResultsJson;
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
 * The one JMH benchmark of a campaign: its parameters are a role and the cell's {@link CellSpec}
 * as JSON, the very record the campaign planned, which {@link #setUp} turns into a
 * {@link Workload} and prepares and {@link #call} runs. {@link JmhTiming} sets both; the
 * defaults here only make the class valid on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CellBenchmark {

    /** engine, primal, hand or named. */
    @Param("engine")
    public String role;

    /** The named baseline's name, for the role named. */
    @Param("")
    public String baseline;

    /** The cell's spec as JSON. */
    @Param("{}")
    public String cell;

    private OperatorCall call;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Workload workload = new Workload(Workload.Role.of(role), ResultsJson.mapper().readValue(cell, CellSpec.class),
                baseline);
        ModelInstance instance = workload.instance();
        call = workload.prepare(instance, EngineRegistry.discover());
    }

    @Benchmark
    public double call() {
        return call.call();
    }

    /**
     * Hands the last timed answer back to the cell's JVM ({@link TimedAnswers}), then frees what
     * the engine holds outside the heap (a native library's tensors) before the fork ends.
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try {
            TimedAnswers.append(call.answer());
        } finally {
            call.target().close();
        }
    }
}
