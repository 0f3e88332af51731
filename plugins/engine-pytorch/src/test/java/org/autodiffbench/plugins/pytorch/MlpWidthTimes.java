package org.autodiffbench.plugins.pytorch;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.engine.reverse.ReverseEngine;
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
 * Primal and gradient times of {@code mlp-width} through libtorch, beside the reverse engine
 * in the same JVM, so that the two compare call for call (gradient ÷ primal for each). Not a unit
 * test: run it from the module folder after {@code mvn test-compile} with
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.openjdk.jmh.Main MlpWidthTimes
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dai.djl.offline=true"})
public class MlpWidthTimes {

    @Param({"16", "64", "256", "1024"})
    public int width;

    @Param({"pytorch", "reverse"})
    public String engine;

    /** libtorch's intra-op threads, for pytorch only; {@code -p threads=2} is libtorch's own default here. */
    @Param({"1"})
    public String threads;

    private double[] x;
    private double[] gradient;
    private final double[] y = new double[1];
    private PreparedDiff prepared;

    @Setup(Level.Trial)
    public void setUp() {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(width, 1L);
        DiffEngine chosen = engine.equals("pytorch") ? new PyTorchEngine() : new ReverseEngine();
        EngineOptions options = engine.equals("pytorch") ? EngineOptions.of(Map.of("threads", threads)) : EngineOptions.none();
        prepared = chosen.prepare(model.graph(), options);
        x = model.point();
        gradient = new double[model.parameterCount()];
    }

    @Benchmark
    public double primal() {
        prepared.value(x, y);
        return y[0];
    }

    @Benchmark
    public double gradient() {
        return prepared.gradient(x, gradient);
    }
}
