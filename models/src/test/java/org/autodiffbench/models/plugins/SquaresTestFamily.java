package org.autodiffbench.models.plugins;

import java.util.Arrays;
import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/** f(x) = Σ x_i² at x = (1, …, 1): a plugin family for discovery tests, with the id it is given. */
public class SquaresTestFamily implements ModelFamily {

    public static final String ID = "test-squares";

    private final String id;
    private final int apiVersion;

    public SquaresTestFamily() {
        this(ID, ApiVersion.CURRENT);
    }

    protected SquaresTestFamily(String id, int apiVersion) {
        this.id = id;
        this.apiVersion = apiVersion;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int apiVersion() {
        return apiVersion;
    }

    @Override
    public String description() {
        return "f(x) = sum of x_i squared at x = 1";
    }

    @Override
    public SizeRange sizes() {
        return new SizeRange(1, 10, "number of inputs n");
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        sizes().require(id, size);
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", size);
        double[] point = new double[size];
        Arrays.fill(point, 1.0);
        return new BuiltModelInstance(id, size, b.output(b.sum(b.square(x))).build(), point, null);
    }
}
