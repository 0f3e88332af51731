package org.autodiffbench.models.jacobian;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.ScalarKernels;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.NamedBaseline;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * A vector function f: Rⁿ → Rᵐ, y = tanh(A·sin(x)) + B·x, for comparing Jacobians by columns
 * (forward) and by rows (reverse). A and B are fixed m × n data matrices drawn uniformly from
 * ±1/√n; the point x from [-1, 1]ⁿ. The size is n; the option {@value #OUTPUTS} sets m.
 */
public final class JacobianFamily implements ModelFamily {

    public static final String ID = "jacobian";
    public static final String OUTPUTS = "outputs";

    private static final int MAX_DIMENSION = 4096;
    private static final SizeRange SIZES = new SizeRange(1, MAX_DIMENSION, "inputs n");
    private static final List<OptionSpec> OPTIONS = List.of(new OptionSpec(OUTPUTS,
            "How many outputs m does f have (1 to " + MAX_DIMENSION + ")?", "32"));

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
        return "y = tanh(A·sin(x)) + B·x from Rⁿ to Rᵐ with fixed random m × n matrices A and B";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        int n = size;
        int m = FamilyOptions.intOption(this, options, OUTPUTS, 1, MAX_DIMENSION);
        Random data = Seeds.random(seed, "data");
        double scale = 1.0 / Math.sqrt(n);
        double[] a = Seeds.uniform(data, m * n, scale);
        double[] b = Seeds.uniform(data, m * n, scale);
        double[] point = Seeds.uniform(Seeds.random(seed, "point"), n, 1.0);
        return new BuiltModelInstance(ID, n, graph(n, m, a, b), point,
                () -> new JacobianHandDerivative(n, m, a, b, DenseKernels.chosen()),
                List.of(NamedBaseline.handScalar(() -> new JacobianHandDerivative(n, m, a, b, ScalarKernels.INSTANCE))));
    }

    private static Graph graph(int n, int m, double[] aValues, double[] bValues) {
        GraphBuilder g = new GraphBuilder();
        Var x = g.vector("x", n);
        Var a = g.data("A", Shape.matrix(m, n), aValues);
        Var b = g.data("B", Shape.matrix(m, n), bValues);
        Var y = g.add(g.tanh(g.matVec(a, g.sin(x))), g.matVec(b, x));
        return g.output(y).build();
    }
}
