package org.autodiffbench.tck.families;

import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * f(x) = Σ x_i² at a seeded point, with its hand-written gradient 2x: a correct family, and
 * through its hooks the broken ones the kit must catch.
 */
public class SquaresFamily implements ModelFamily {

    private static final SizeRange SIZES = new SizeRange(1, 6, "number of inputs n");

    @Override
    public String id() {
        return "tck-squares";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "f(x) = sum of x_i squared";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        checkSize(size);
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", size);
        return new BuiltModelInstance(id(), reportedSize(size), b.output(b.sum(b.square(x))).build(), point(size, seed),
                () -> new Derivative(gradientFactor()));
    }

    /** Refuses a size outside the range, naming it. */
    protected void checkSize(int size) {
        SIZES.require(id(), size);
    }

    /** What the model says its size is. */
    protected int reportedSize(int size) {
        return size;
    }

    /** The seeded point, each entry in [0.5, 1.5). */
    protected double[] point(int size, long seed) {
        Random random = new Random(seed);
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = 0.5 + random.nextDouble();
        }
        return x;
    }

    /** ∂f/∂x_i = factor · x_i; 2 is right. */
    protected double gradientFactor() {
        return 2;
    }

    private record Derivative(double factor) implements HandDerivative {

        @Override
        public void value(double[] x, double[] y) {
            y[0] = 0;
            for (double xi : x) {
                y[0] += xi * xi;
            }
        }

        @Override
        public double gradient(double[] x, double[] gradient) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                f += x[i] * x[i];
                gradient[i] = factor * x[i];
            }
            return f;
        }
    }
}
