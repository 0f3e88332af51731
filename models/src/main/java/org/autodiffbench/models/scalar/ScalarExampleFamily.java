package org.autodiffbench.models.scalar;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * The worked example of Baydin et al. (JMLR 2018): f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at
 * (2, 5). Its nodes are built in the order of the paper's trace, v1 … v5, so that an engine's
 * trace can be compared with the paper line by line.
 */
public final class ScalarExampleFamily implements ModelFamily {

    public static final String ID = "scalar-example";

    private static final SizeRange SIZES = new SizeRange(2, 2, "number of inputs (fixed)");

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
        return "f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5), the worked example of Baydin et al. (2018); "
                + "the seed is ignored";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return new BuiltModelInstance(ID, size, graph(), new double[] {2.0, 5.0}, ScalarExampleDerivative::new);
    }

    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        Var v1 = b.log(x1);
        Var v2 = b.mul(x1, x2);
        Var v3 = b.sin(x2);
        Var v4 = b.add(v1, v2);
        Var v5 = b.sub(v4, v3);
        return b.output(v5).build();
    }
}
