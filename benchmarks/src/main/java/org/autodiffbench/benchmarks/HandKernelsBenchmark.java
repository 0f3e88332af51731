package org.autodiffbench.benchmarks;

import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.NamedBaseline;
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
 * The hand-written {@code mlp-width} primal and backprop on the vector kernels (the model's hand
 * derivative, in a fork with the vector module) against the same code on the scalar kernels (its
 * {@code hand-scalar} baseline), at w = 16, 64, 256, 1024.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelSelection.ADD_VECTOR_MODULE})
public class HandKernelsBenchmark {

    @Param({"16", "64", "256", "1024"})
    public int width;

    private double[] x;
    private double[] gradient;
    private double[] y;
    private HandDerivative vector;
    private HandDerivative scalar;

    @Setup(Level.Trial)
    public void setUp() {
        String kernels = KernelSelection.current().description();
        if (!kernels.startsWith("vector")) {
            throw new IllegalStateException("this fork runs " + kernels + "; the kernels suite needs "
                    + KernelSelection.ADD_VECTOR_MODULE + " in the fork's arguments");
        }
        ModelInstance model = ModelFamilies.require("mlp-width").instance(width, 1L);
        x = model.point();
        gradient = new double[model.parameterCount()];
        y = new double[1];
        vector = model.handDerivative().orElseThrow();
        scalar = model.namedBaseline(NamedBaseline.HAND_SCALAR).orElseThrow().newDerivative();
    }

    @Benchmark
    public double vectorPrimal() {
        vector.value(x, y);
        return y[0];
    }

    @Benchmark
    public double vectorGradient() {
        return vector.gradient(x, gradient);
    }

    @Benchmark
    public double scalarPrimal() {
        scalar.value(x, y);
        return y[0];
    }

    @Benchmark
    public double scalarGradient() {
        return scalar.gradient(x, gradient);
    }
}
