package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;

/** What the family tests ask of a hand-written JVP of a scalar model. */
public final class HandTangents {

    private HandTangents() {
    }

    /**
     * Along a seeded Gaussian direction v: ẏ is the hand gradient's ∇f·v (ρ ≤ {@code gradientBound})
     * and the five-point central difference of the graph, evaluated by the reference interpreter,
     * along v (ρ ≤ 1e-6); a hundred JVPs, and a hundred values, allocate nothing once the JIT has
     * compiled them (the vector kernels box their vectors until then); and then y is the hand
     * primal's value to the bit. The vector tanh moves by up to {@value DenseKernels#TANH_ULPS} ulps
     * when C2 compiles it, so the two primals are compared once both run compiled.
     */
    public static void assertAgreesWithGradientAndGraph(ModelInstance model, long seed, double gradientBound) {
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        double[] v = new double[x.length];
        Random random = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        double[] y = new double[1];
        double[] yDot = new double[1];
        hand.jvp(x, v, y, yDot);

        double[] gradient = new double[x.length];
        hand.gradient(x, gradient);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += gradient[i] * v[i];
        }
        Rho.assertClose("ẏ against ∇f·v", yDot[0], dot, gradientBound);

        ReferenceInterpreter graph = new ReferenceInterpreter(model.graph());
        double[] alongV = FiniteDifferenceJacobian.column(t -> {
            double[] p = x.clone();
            for (int i = 0; i < p.length; i++) {
                p[i] += t[0] * v[i];
            }
            return graph.apply(p);
        }, new double[] {0}, 0);
        Rho.assertClose("ẏ against the graph's central difference along v", yDot[0], alongV[0], 1e-6);

        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                hand.jvp(x, v, y, yDot);
            }
        })).as("bytes a hundred JVPs allocate").isLessThan(100);

        double[] value = new double[1];
        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                hand.value(x, value);
            }
        })).as("bytes a hundred values allocate").isLessThan(100);
        hand.jvp(x, v, y, yDot);
        hand.value(x, value);
        assertThat(y[0]).as("the JVP's primal").isEqualTo(value[0]);
    }
}
