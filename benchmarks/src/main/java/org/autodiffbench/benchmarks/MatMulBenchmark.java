package org.autodiffbench.benchmarks;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.kernels.ScalarKernels;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One matrix–matrix product at {@code mlp-batch}'s shape, W (64×64) times a batch of B = 64
 * columns, on the chosen (vector) and the scalar kernels, beside the hand-written {@code mlp-batch}
 * backprop at B = 64 on each: how close the whole gradient comes to its kernels' rate on one product.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelSelection.ADD_VECTOR_MODULE})
public class MatMulBenchmark {

    /** The hidden width and the batch of the product and of the mlp-batch model. */
    static final int WIDTH = 64;
    static final int BATCH = 64;
    /** 2·w·w·B: a multiply and an add per term. */
    static final double PRODUCT_FLOPS = 2.0 * WIDTH * WIDTH * BATCH;
    /**
     * The hand-written mlp-batch gradient's multiply-adds, counted twice: forward W1·X, W2·H1, W3·H2;
     * backward the three weight gradients (as many) and the two products that carry δ down (W3ᵀ·R, W2ᵀ·Δ2).
     */
    static final double BATCH_GRADIENT_FLOPS = 2.0 * BATCH
            * (2 * (64.0 * WIDTH + WIDTH * WIDTH + 10.0 * WIDTH) + 10.0 * WIDTH + WIDTH * WIDTH);

    private final DenseKernels chosen = DenseKernels.chosen();
    private double[] a;
    private double[] b;
    private double[] c;
    private double[] x;
    private double[] gradient;
    private HandDerivative batchVector;
    private HandDerivative batchScalar;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(11);
        a = random.doubles(WIDTH * WIDTH, -1, 1).toArray();
        b = random.doubles(WIDTH * BATCH, -1, 1).toArray();
        c = new double[WIDTH * BATCH];
        ModelInstance model = ModelFamilies.require("mlp-batch").instance(BATCH,
                Map.of("width", Integer.toString(WIDTH)), 1L);
        x = model.point();
        gradient = new double[model.parameterCount()];
        batchVector = model.handDerivative().orElseThrow();
        batchScalar = model.namedBaseline(NamedBaseline.HAND_SCALAR).orElseThrow().newDerivative();
    }

    @Benchmark
    public double chosenProduct() {
        chosen.matMul(a, 0, b, 0, c, 0, WIDTH, WIDTH, BATCH, false);
        return c[0];
    }

    @Benchmark
    public double scalarProduct() {
        ScalarKernels.INSTANCE.matMul(a, 0, b, 0, c, 0, WIDTH, WIDTH, BATCH, false);
        return c[0];
    }

    @Benchmark
    public double chosenBatchGradient() {
        return batchVector.gradient(x, gradient);
    }

    @Benchmark
    public double scalarBatchGradient() {
        return batchScalar.gradient(x, gradient);
    }
}
