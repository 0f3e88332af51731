package org.autodiffbench.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
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
 * The {@code mlp-batch} family at width 64 and B = 1, 16, 256: the hand-written batched primal
 * and backprop against the reverse engine's gradient, whose matrix products run the matmul
 * primitive's kernels. Every call fills buffers prepared in {@link #setUp}, so {@code -prof gc}
 * shows what a call allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelSelection.ADD_VECTOR_MODULE})
public class MlpBatchBenchmark {

    @Param({"1", "16", "256"})
    public int batch;

    private double[] x;
    private double[] gradient;
    private double[] y;
    private HandDerivative hand;
    private PreparedDiff reverse;

    @Setup(Level.Trial)
    public void setUp() {
        ModelInstance model = ModelFamilies.require("mlp-batch").instance(batch, Map.of("width", "64"), 1L);
        x = model.point();
        gradient = new double[model.parameterCount()];
        y = new double[1];
        hand = model.handDerivative().orElseThrow();
        reverse = EngineRegistry.discover().require("reverse").prepare(model.graph(), EngineOptions.none());
    }

    /** The hand-written mean loss over the batch. */
    @Benchmark
    public double primal() {
        hand.value(x, y);
        return y[0];
    }

    /** The hand-written batched backprop. */
    @Benchmark
    public double handGradient() {
        return hand.gradient(x, gradient);
    }

    @Benchmark
    public double reverseGradient() {
        return reverse.gradient(x, gradient);
    }
}
