package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.engine.forward.ForwardEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiled code runs a primitive's bulk kernel where the interpreters do, so that their values
 * agree to the bit, not only to rounding: the vector kernels' tanh differs from {@code Math.tanh}
 * by up to two ulps once C2 has compiled it, and code that called {@code Math.tanh} per element
 * would then disagree with the interpreters in the last bits of values, tangents and adjoints.
 */
class BulkKernelAgreementTest {

    /** Not a multiple of any vector length, so that the kernel's element-by-element tail runs too. */
    private static final int SIZE = 203;
    private static final long WARM_UP_SECONDS = 30;

    private static double[] point;

    @BeforeAll
    static void warmTheBulkKernelUntilItDiffersFromMathTanh() {
        Random random = new Random(3);
        point = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            point[i] = -3.0 + 6.0 * random.nextDouble();
        }
        double[] bulk = new double[SIZE];
        long deadline = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        boolean differs = false;
        while (!differs && System.nanoTime() < deadline) {
            for (int k = 0; k < 1000; k++) {
                DenseKernels.chosen().tanh(point, 0, bulk, 0, SIZE);
            }
            differs = !Arrays.equals(bulk, perElementTanh(point));
        }
        assumeTrue(differs, "the chosen kernels' tanh (" + DenseKernels.chosen().describe()
                + ") computes Math.tanh's bits here, so no engine can tell the two apart");
    }

    /** y = tanh(tanh(x) · x), elementwise over a vector. */
    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", SIZE);
        return b.output(b.tanh(b.mul(b.tanh(x), x))).build();
    }

    @Test
    void compiledForwardValuesAndTangentsAreTheInterpretersBits() {
        PreparedDiff compiled = new CompiledForwardEngine().prepare(graph(), EngineOptions.none());
        PreparedDiff interpreted = new ForwardEngine().prepare(graph(), EngineOptions.none());
        double[] direction = direction();
        double[][] fromCompiled = jvp(compiled, direction);
        double[][] fromInterpreter = jvp(interpreted, direction);
        assertThat(Arrays.equals(fromCompiled[0], fromInterpreter[0])).as("values").isTrue();
        assertThat(Arrays.equals(fromCompiled[1], fromInterpreter[1])).as("tangents").isTrue();
        double[] value = new double[SIZE];
        compiled.value(point, value);
        assertThat(Arrays.equals(value, fromInterpreter[0])).as("values of the primal alone").isTrue();
    }

    @Test
    void compiledReverseAdjointsAreTheInterpretersBits() {
        PreparedDiff compiled = new CompiledReverseEngine().prepare(graph(), EngineOptions.none());
        PreparedDiff interpreted = new ReverseEngine().prepare(graph(), EngineOptions.none());
        double[] cotangent = direction();
        double[][] fromCompiled = vjp(compiled, cotangent);
        double[][] fromInterpreter = vjp(interpreted, cotangent);
        assertThat(Arrays.equals(fromCompiled[0], fromInterpreter[0])).as("values").isTrue();
        assertThat(Arrays.equals(fromCompiled[1], fromInterpreter[1])).as("adjoints").isTrue();
    }

    private static double[][] jvp(PreparedDiff engine, double[] direction) {
        double[] y = new double[SIZE];
        double[] yDot = new double[SIZE];
        engine.jvp(point, direction, y, yDot);
        return new double[][] {y, yDot};
    }

    private static double[][] vjp(PreparedDiff engine, double[] cotangent) {
        double[] y = new double[SIZE];
        double[] xBar = new double[SIZE];
        engine.vjp(point, cotangent, y, xBar);
        return new double[][] {y, xBar};
    }

    private static double[] direction() {
        Random random = new Random(5);
        double[] direction = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            direction[i] = random.nextGaussian();
        }
        return direction;
    }

    private static double[] perElementTanh(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.tanh(x[i]);
        }
        return y;
    }
}
