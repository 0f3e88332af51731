package org.autodiffbench.models.gradbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code llsq} eval: y(x) = ½ Σ_i (s_i − Σ_j x_j t_i^j)² over n sample points
 * t_i = −1 + 2i/(n − 1) with targets s_i = sign(t_i) (sign 0 = 0), for m coefficients x.
 * The graph holds the n × m matrix V of powers V_ij = t_i^j, made by repeated multiplication as
 * the eval's reference does, so y = ½‖s − V·x‖².
 *
 * <p>The size is n, as the eval's grid varies n (16 … 16,392) at m = 128; option {@value #COEFFICIENTS}
 * sets m. n starts at 2: at n = 1, t_0 is 0/0. The point is drawn uniformly from [0, 1), as the
 * eval draws x.
 */
public final class LlsqFamily implements ModelFamily {

    public static final String ID = "gb-llsq";
    public static final String COEFFICIENTS = "m";

    private static final int MAX_POINTS = 65_536;
    private static final int MAX_COEFFICIENTS = 1024;
    private static final SizeRange SIZES = new SizeRange(2, MAX_POINTS, "sample points n");
    private static final List<OptionSpec> OPTIONS = List.of(new OptionSpec(COEFFICIENTS,
            "How many polynomial coefficients m (1 to " + MAX_COEFFICIENTS + ") does x hold?", "128"));
    /** The graph's few nodes and names, generously. */
    private static final long GRAPH_BYTES = 4096;

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
        return "GradBench llsq: ½ Σ_i (sign t_i − Σ_j x_j t_i^j)² at n points t_i evenly spaced on [−1, 1], "
                + "m coefficients x; the size is n";
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
        int m = coefficients(size, options);
        double[] x = UnitUniform.draw(seed, m);
        return model(x, size);
    }

    /** The point twice, the matrix of powers twice (made, then copied into the graph) and s twice. */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        int m = coefficients(size, options);
        long bytes = 2 * ModelFootprint.doubles(m) + 2 * ModelFootprint.doubles((long) size * m)
                + 2 * ModelFootprint.doubles(size) + GRAPH_BYTES;
        return Optional.of(new ModelFootprint(m, bytes));
    }

    private int coefficients(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return FamilyOptions.intOption(this, options, COEFFICIENTS, 1, MAX_COEFFICIENTS);
    }

    /**
     * The model of one eval input: coefficients x (m = x.length) at n sample points, with its hand gradient.
     *
     * @throws IllegalArgumentException when n &lt; 2 or x is empty
     */
    public static ModelInstance model(double[] x, int n) {
        return new BuiltModelInstance(ID, n, graph(n, x.length), x, () -> new LlsqGradient(n, x.length));
    }

    /**
     * The graph of y for n sample points and m coefficients; its one input is x, a vector of m.
     *
     * @throws IllegalArgumentException when n &lt; 2 or m &lt; 1
     */
    public static Graph graph(int n, int m) {
        requireDimensions(n, m);
        double[] powers = new double[Math.multiplyExact(n, m)];
        double[] signs = new double[n];
        for (int i = 0; i < n; i++) {
            double t = samplePoint(i, n);
            signs[i] = Math.signum(t);
            double power = 1;
            for (int j = 0; j < m; j++) {
                powers[i * m + j] = power;
                power *= t;
            }
        }
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", m);
        Var v = b.data("V", Shape.matrix(n, m), powers);
        Var s = b.data("s", Shape.vector(n), signs);
        Var residual = b.sub(s, b.matVec(v, x));
        return b.output(b.mul(b.constant(0.5), b.sum(b.square(residual)))).build();
    }

    /** t_i = −1 + 2i/(n − 1), computed in the eval's order. */
    static double samplePoint(int i, int n) {
        return -1 + (double) i * 2 / (n - 1);
    }

    static void requireDimensions(int n, int m) {
        if (n < 2) {
            throw new IllegalArgumentException("llsq needs n ≥ 2 sample points, was " + n
                    + ": t_i = −1 + 2i/(n − 1) is 0/0 at n = 1");
        }
        if (m < 1) {
            throw new IllegalArgumentException("llsq needs at least one coefficient in x, had " + m);
        }
    }
}
