package org.autodiffbench.models.gradbench;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code hello} eval: f(x) = x² of one number, whose gradient is the eval's
 * {@code double} function, 2x. Not a benchmark; it proves the tool's protocol works.
 */
public final class HelloFamily implements ModelFamily {

    public static final String ID = "gb-hello";

    private static final SizeRange SIZES = new SizeRange(1, 1, "number of inputs (fixed)");

    /** The seed draws x from [−{@value}, {@value}). */
    private static final double POINT_BOUND = 2.0;

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
        return "f(x) = x², GradBench's hello eval (its gradient is the eval's double, 2x); the seed draws x from [-2, 2)";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return model(Seeds.between(Seeds.random(seed, "point"), -POINT_BOUND, POINT_BOUND));
    }

    /** The model at the eval's input x, a single number. */
    public static ModelInstance model(double x) {
        return new BuiltModelInstance(ID, 1, graph(), new double[] {x}, HelloDerivative::new);
    }

    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        return b.output(b.square(b.scalar("x"))).build();
    }
}
