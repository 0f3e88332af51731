package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;

/** What the family tests ask of a hand-written JVP. */
public final class HandTangents {

    private HandTangents() {
    }

    /**
     * Along a seeded Gaussian direction v: ẏ is the hand gradient's ∇f·v (ρ ≤ {@code gradientBound})
     * and the five-point central difference of the graph, evaluated by the reference interpreter,
     * along v (ρ ≤ 1e-6); a hundred JVPs, and a hundred values, allocate nothing once the JIT has
     * compiled them (the vector kernels box their vectors until then, and the interpreter allocates
     * a few hundred bytes of its own while a model as large as gmm's warms up); and then y is the
     * hand primal's value to the bit. The vector tanh moves by up to {@value DenseKernels#TANH_ULPS}
     * ulps when C2 compiles it, so the two primals are compared once both run compiled.
     */
    public static void assertAgreesWithGradientAndGraph(ModelInstance model, long seed, double gradientBound) {
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        double[] v = direction(x.length, seed);
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
        Rho.assertClose("ẏ against the graph's central difference along v", yDot[0], graphAlong(model, x, v)[0],
                1e-6);
        assertCompiledCallsAllocateNothingAndAgreeOnThePrimal(hand, x, v, y, yDot);
    }

    /**
     * The same for a model of m outputs, entry by entry: ẏ is the hand Jacobian times v
     * (ρ ≤ {@code jacobianBound}) and the graph's five-point central difference along v
     * (ρ ≤ 1e-6); compiled JVPs and values allocate nothing, and then y is the hand primal's value
     * to the bit.
     */
    public static void assertAgreesWithJacobianAndGraph(ModelInstance model, long seed, double jacobianBound) {
        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] x = model.point();
        int m = model.graph().outputSize();
        double[] v = direction(x.length, seed);
        double[] y = new double[m];
        double[] yDot = new double[m];
        hand.jvp(x, v, y, yDot);

        double[] jacobian = new double[m * x.length];
        hand.jacobian(x, new double[m], jacobian);
        double[] product = new double[m];
        for (int row = 0; row < m; row++) {
            for (int i = 0; i < x.length; i++) {
                product[row] += jacobian[row * x.length + i] * v[i];
            }
        }
        Rho.assertClose("ẏ against J·v", yDot, product, jacobianBound);
        Rho.assertClose("ẏ against the graph's central difference along v", yDot, graphAlong(model, x, v), 1e-6);
        assertCompiledCallsAllocateNothingAndAgreeOnThePrimal(hand, x, v, y, yDot);
    }

    /** A seeded Gaussian direction of n entries. */
    private static double[] direction(int n, long seed) {
        double[] v = new double[n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** The five-point central difference of the graph's outputs along v at x. */
    private static double[] graphAlong(ModelInstance model, double[] x, double[] v) {
        ReferenceInterpreter graph = new ReferenceInterpreter(model.graph());
        return FiniteDifferenceJacobian.column(t -> {
            double[] p = x.clone();
            for (int i = 0; i < p.length; i++) {
                p[i] += t[0] * v[i];
            }
            return graph.apply(p);
        }, new double[] {0}, 0);
    }

    /** Once the JIT has compiled them, a hundred JVPs and a hundred values allocate nothing and agree on y to the bit. */
    private static void assertCompiledCallsAllocateNothingAndAgreeOnThePrimal(HandDerivative hand, double[] x,
            double[] v, double[] y, double[] yDot) {
        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                hand.jvp(x, v, y, yDot);
            }
        })).as("bytes a hundred JVPs allocate").isLessThan(100);
        double[] value = new double[y.length];
        assertThat(Allocations.bytesAllocatedInSteadyState(() -> {
            for (int call = 0; call < 100; call++) {
                hand.value(x, value);
            }
        })).as("bytes a hundred values allocate").isLessThan(100);
        hand.jvp(x, v, y, yDot);
        hand.value(x, value);
        assertThat(y).as("the JVP's primal").isEqualTo(value);
    }
}
