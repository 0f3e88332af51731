package org.autodiffbench.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.kernels.ScalarKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bulk tanh of the chosen (vector) kernels against the scalar kernels' {@code Math.tanh}
 * loop, over {@value #LENGTH} arguments drawn uniformly from [-20, 20].
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", KernelSelection.ADD_VECTOR_MODULE})
public class TanhBenchmark {

    /** Arguments per call. */
    static final int LENGTH = 4096;

    private final DenseKernels chosen = DenseKernels.chosen();
    private double[] x;
    private double[] y;

    @Setup(Level.Trial)
    public void setUp() {
        x = new Random(13).doubles(LENGTH, -20, 20).toArray();
        y = new double[LENGTH];
    }

    @Benchmark
    public double chosenTanh() {
        chosen.tanh(x, 0, y, 0, LENGTH);
        return y[LENGTH - 1];
    }

    @Benchmark
    public double scalarTanh() {
        ScalarKernels.INSTANCE.tanh(x, 0, y, 0, LENGTH);
        return y[LENGTH - 1];
    }
}
