package com.example.logistic;

import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * The loss of logistic regression with n features on a fixed data set of {@value #SAMPLES}
 * samples: L(w) = Σᵢ log(1 + exp(−yᵢ·aᵢ·w)), with the rows aᵢ drawn from a standard normal
 * and the labels yᵢ = ±1 the signs of aᵢ·w* for a planted w*. The data set depends on n alone;
 * the seed draws the point w.
 */
public final class LogisticRegressionFamily implements ModelFamily {

    public static final String ID = "logistic-regression";
    static final int SAMPLES = 64;
    private static final long DATA_SEED = 20_240_601L;
    private static final SizeRange SIZES = new SizeRange(1, 1000, "number of features n");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "logistic-regression loss sum log(1 + exp(-y a.w)) over " + SAMPLES + " fixed samples of n features";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("model '" + ID + "' has no options, got " + options.keySet());
        }
        DataSet data = DataSet.draw(SAMPLES, size, DATA_SEED);
        GraphBuilder b = new GraphBuilder();
        Var w = b.vector("w", size);
        Var a = b.data("A", Shape.matrix(SAMPLES, size), data.rows());
        Var y = b.data("y", Shape.vector(SAMPLES), data.labels());
        Var ones = b.constant(Shape.vector(SAMPLES), data.ones());
        Var margins = b.mul(y, b.matVec(a, w));
        Var loss = b.sum(b.log(b.add(ones, b.exp(b.neg(margins)))));
        return new BuiltModelInstance(ID, size, b.output(loss).build(), point(size, seed),
                () -> new LogisticRegressionGradient(data));
    }

    /** The weights w, each drawn from N(0, 0.1²). */
    private static double[] point(int n, long seed) {
        Random random = new Random(seed);
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = 0.1 * random.nextGaussian();
        }
        return w;
    }
}
