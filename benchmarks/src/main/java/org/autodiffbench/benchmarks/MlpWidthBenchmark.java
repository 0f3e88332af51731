package org.autodiffbench.benchmarks;

import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.DiffEngine;
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
 * The {@code mlp-width} family at w = 64, 256, 1024: the hand-written primal and backprop
 * against the reverse engine's gradient and the forward engine's single JVP. Every call fills
 * buffers prepared in {@link #setUp}, so {@code -prof gc} shows what a call allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelSelection.ADD_VECTOR_MODULE})
public class MlpWidthBenchmark {

    @Param({"64", "256", "1024"})
    public int width;

    private double[] x;
    private double[] direction;
    private double[] gradient;
    private double[] y;
    private double[] yDot;
    private HandDerivative hand;
    private PreparedDiff reverse;
    private PreparedDiff forward;

    @Setup(Level.Trial)
    public void setUp() {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(width, 1L);
        EngineRegistry engines = EngineRegistry.discover();
        DiffEngine reverseEngine = engines.require("reverse");
        DiffEngine forwardEngine = engines.require("forward");
        x = model.point();
        int n = model.parameterCount();
        gradient = new double[n];
        direction = new double[n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            direction[i] = random.nextGaussian();
        }
        y = new double[1];
        yDot = new double[1];
        hand = model.handDerivative().orElseThrow();
        reverse = reverseEngine.prepare(model.graph(), EngineOptions.none());
        forward = forwardEngine.prepare(model.graph(), EngineOptions.none());
    }

    /** The hand-written loss: the unit every derivative is measured in. */
    @Benchmark
    public double primal() {
        hand.value(x, y);
        return y[0];
    }

    /** The hand-written backprop: the speed of light for a gradient. */
    @Benchmark
    public double handGradient() {
        return hand.gradient(x, gradient);
    }

    @Benchmark
    public double reverseGradient() {
        return reverse.gradient(x, gradient);
    }

    /** The engine's own primal, to separate interpretation overhead from derivative cost. */
    @Benchmark
    public double reverseValue() {
        reverse.value(x, y);
        return y[0];
    }

    /** One directional derivative: a full forward gradient would need P of these. */
    @Benchmark
    public double forwardJvp() {
        forward.jvp(x, direction, y, yDot);
        return yDot[0];
    }
}
