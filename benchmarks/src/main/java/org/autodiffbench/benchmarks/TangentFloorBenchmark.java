package org.autodiffbench.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * The floor of a JVP against its primal where the tangent needs other elementary functions than
 * the value: y = sin x costs one {@code Math.sin} per element, its JVP adds a {@code Math.cos}
 * (d sin = cos); y = ln x adds a division (d ln = 1/x). The ratio of each pair is what one fused
 * JVP costs over the primal at best with {@code java.lang.Math}, over {@value #LENGTH} arguments.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TangentFloorBenchmark {

    /** Arguments per call. */
    static final int LENGTH = 1024;

    private double[] x;
    private double[] dx;
    private double[] y;
    private double[] dy;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(11);
        x = random.doubles(LENGTH, 0.1, 10).toArray();
        dx = random.doubles(LENGTH, -1, 1).toArray();
        y = new double[LENGTH];
        dy = new double[LENGTH];
    }

    @Benchmark
    public double sin() {
        for (int i = 0; i < LENGTH; i++) {
            y[i] = Math.sin(x[i]);
        }
        return y[LENGTH - 1];
    }

    @Benchmark
    public double sinAndTangent() {
        for (int i = 0; i < LENGTH; i++) {
            y[i] = Math.sin(x[i]);
            dy[i] = Math.cos(x[i]) * dx[i];
        }
        return y[LENGTH - 1] + dy[LENGTH - 1];
    }

    @Benchmark
    public double log() {
        for (int i = 0; i < LENGTH; i++) {
            y[i] = Math.log(x[i]);
        }
        return y[LENGTH - 1];
    }

    @Benchmark
    public double logAndTangent() {
        for (int i = 0; i < LENGTH; i++) {
            y[i] = Math.log(x[i]);
            dy[i] = dx[i] / x[i];
        }
        return y[LENGTH - 1] + dy[LENGTH - 1];
    }
}
