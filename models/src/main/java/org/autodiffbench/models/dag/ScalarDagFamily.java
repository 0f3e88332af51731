package org.autodiffbench.models.dag;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * A seeded random DAG of scalar primitives with shared subexpressions: n scalar inputs, about
 * 8n primitive nodes, one scalar output that depends on every input (see
 * {@link RandomDagGenerator}). The point is drawn from [-1, 1]ⁿ. There is no hand derivative.
 */
public final class ScalarDagFamily implements ModelFamily {

    public static final String ID = "scalar-dag";

    private static final SizeRange SIZES = new SizeRange(2, 4096, "number of scalar inputs n");

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
        return "a seeded random DAG of about 8n bounded scalar primitives (sin, tanh, mul, log(1 + a²), …) "
                + "with shared subexpressions, summed into one output";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        Graph graph = RandomDagGenerator.generate(size, Seeds.random(seed, "graph"));
        double[] point = Seeds.uniform(Seeds.random(seed, "point"), size, 1.0);
        return new BuiltModelInstance(ID, size, graph, point, null);
    }
}
