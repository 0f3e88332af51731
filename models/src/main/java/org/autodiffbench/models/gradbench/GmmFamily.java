package org.autodiffbench.models.gradbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code gmm} eval: the log posterior F of a K-component Gaussian mixture on N points
 * in D dimensions with a Wishart prior on the precision matrices, as evals/gmm/README.md defines
 * it. With Q_k lower triangular, diagonal exp(q_k) and below it l_k filled column by column,
 * <pre>
 *   β_ik = α_k + Σ_j q_kj − ½‖Q_k(x_i − μ_k)‖²
 *   F = Σ_i logsumexp_k β_ik − N·logsumexp(α) − γ²/2·Σ_k ‖Q_k‖_F² + m·Σ_kj q_kj + (terms of the data alone)
 * </pre>
 * The graph computes all N·K residuals Q_k(x_i − μ_k) as one product X·Wᵀ − 1·cᵀ (N × KD), where
 * W stacks the Q_k (KD × D, gathered from exp(q), l and a zero) and c stacks the Q_k·μ_k; the
 * terms of the data alone are a constant worked out when the graph is built ({@link GmmData#constantTerms()}).
 *
 * <p>The size is K, at options d (default 2) and n (default 1000), with m = 0 and γ = 1 as the
 * eval's run.py has them; its grid is d = 2…64, k = 5…100, n = 1000. Inputs are drawn as run.py
 * draws them, with this project's seeded generators: x, α, q, l standard normal, μ uniform on
 * [0, 1); x from its own stream, so a model's data do not change with K. A graph holds N·KD
 * values in each of its largest nodes, and the reverse tape several of them: N·K·D above
 * {@value #MAX_RESIDUALS} (ADBench's 10k points at d = 128, k = 200, and its 2.5M points) is refused.
 */
public final class GmmFamily implements ModelFamily {

    public static final String ID = "gb-gmm";
    public static final String DIMENSION = "d";
    public static final String POINTS = "n";
    /** The most residuals N·K·D one graph may hold: 2²⁶, 512 MiB per node of that size. */
    public static final long MAX_RESIDUALS = 1L << 26;

    private static final int MAX_DIMENSION = 128;
    private static final int MAX_POINTS = 100_000;
    private static final SizeRange SIZES = new SizeRange(1, 200, "mixture components K");
    private static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec(DIMENSION, "In how many dimensions D (1 to " + MAX_DIMENSION + ") do the points lie?", "2"),
            new OptionSpec(POINTS, "How many data points N (1 to " + MAX_POINTS + ") does the mixture fit?", "1000"));
    /** run.py's defaults for the Wishart prior. */
    private static final int WISHART_M = 0;
    private static final double WISHART_GAMMA = 1.0;
    /** The graph's few nodes and names, generously. */
    private static final long GRAPH_BYTES = 8192;

    /** The dimension D and the number of points N of one model. */
    private record Dimensions(int d, int n) {
    }

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
        return "GradBench gmm: log posterior of a K-component Gaussian mixture on N points in D dimensions with a "
                + "Wishart prior on the precisions; the size is K, options d and n";
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
        GmmData gmm = data(size, options, seed);
        int d = gmm.d();
        Random point = Seeds.random(seed, "point");
        double[] alpha = normal(point, size);
        double[] mu = new double[size * d];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = point.nextDouble();
        }
        double[] q = normal(point, size * d);
        double[] l = normal(point, size * gmm.lowerEntries());
        return model(gmm, gmm.point(alpha, mu, q, l));
    }

    /**
     * The data of the model at size K, {@code options} and {@code seed}: x drawn from its own
     * stream, m and γ as run.py has them; the eval's input of a model is this with its point.
     *
     * @throws IllegalArgumentException naming the size or option that is out of range
     */
    public static GmmData data(int size, Map<String, String> options, long seed) {
        Dimensions dimensions = new GmmFamily().dimensions(size, options);
        int d = dimensions.d();
        int n = dimensions.n();
        return new GmmData(d, size, n, normal(Seeds.random(seed, "data"), n * d), WISHART_M, WISHART_GAMMA);
    }

    /**
     * The model of one eval input: its graph, its point and the hand-written gradient; its size is K.
     *
     * @param point (α, μ, q, l) as {@link GmmData#point} lays them out
     * @throws IllegalArgumentException when N·K·D is above {@link #MAX_RESIDUALS} or the point's length does not fit
     */
    public static ModelInstance model(GmmData data, double[] point) {
        return new BuiltModelInstance(ID, data.k(), graph(data), point, () -> new GmmGradient(data));
    }

    /**
     * Its point drawn in pieces, assembled and copied; X drawn, kept by {@link GmmData}, copied for
     * the graph and copied by it; the gathers' indices built and copied; and the graph's nodes.
     */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        Dimensions dimensions = dimensions(size, options);
        long d = dimensions.d();
        long parameters = size * (1 + 2 * d + d * (d - 1) / 2);
        long indices = 2 * (16 + 4 * size * d * d) + 2 * (16 + 4 * size * d);
        long bytes = 3 * ModelFootprint.doubles(parameters) + 4 * ModelFootprint.doubles(dimensions.n() * d) + indices
                + GRAPH_BYTES;
        return Optional.of(new ModelFootprint(parameters, bytes));
    }

    private Dimensions dimensions(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        int d = FamilyOptions.intOption(this, options, DIMENSION, 1, MAX_DIMENSION);
        int n = FamilyOptions.intOption(this, options, POINTS, 1, MAX_POINTS);
        requireFits(d, size, n);
        return new Dimensions(d, n);
    }

    /**
     * Refuses dimensions whose residuals would not fit one graph.
     *
     * @throws IllegalArgumentException naming N·K·D and the cap
     */
    public static void requireFits(int d, int k, int n) {
        long residuals = (long) n * k * d;
        if (residuals > MAX_RESIDUALS) {
            throw new IllegalArgumentException("gmm with n = " + n + ", k = " + k + ", d = " + d + " has N·K·D = "
                    + residuals + " residuals, above the " + MAX_RESIDUALS + " one graph may hold; lower n, k or d");
        }
    }

    private static double[] normal(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    /**
     * The graph of F for one eval input: parameters α (vector K), μ, q (matrices K×D) and, for
     * D ≥ 2, l (matrix K × D(D−1)/2), in the point's order; the data x (N×D); one scalar output.
     *
     * @throws IllegalArgumentException when N·K·D is above {@link #MAX_RESIDUALS}
     */
    public static Graph graph(GmmData data) {
        int d = data.d();
        int k = data.k();
        int n = data.n();
        int lower = data.lowerEntries();
        requireFits(d, k, n);
        GraphBuilder b = new GraphBuilder();
        Var alpha = b.vector("alpha", k);
        Var mu = b.matrix("mu", k, d);
        Var q = b.matrix("q", k, d);
        Var l = lower > 0 ? b.matrix("l", k, lower) : null;
        Var x = b.data("x", Shape.matrix(n, d), data.x());

        Var diagonal = b.exp(q);
        Var flatDiagonal = b.reshape(diagonal, Shape.vector(k * d));
        Var zero = b.constant(0.0);
        Var entries = l == null ? b.concat(flatDiagonal, zero)
                : b.concat(flatDiagonal, b.reshape(l, Shape.vector(k * lower)), zero);
        // Row k·D + e of the stack is row e of Q_k.
        Var factors = b.reshape(b.gather(entries, factorIndices(data)), Shape.matrix(k * d, d));
        Var means = b.gather(mu, repeatedRows(k, d));
        Var shifts = b.sumPerRow(b.mul(factors, means));
        // Column k·D + e of row i: (Q_k(x_i − μ_k))_e = (Q_k x_i)_e − (Q_k μ_k)_e.
        Var residuals = b.sub(b.matMul(x, b.transpose(factors)), b.broadcastRows(shifts, n));
        Var squaredNorms = b.reshape(b.sumPerRow(b.reshape(b.square(residuals), Shape.matrix(n * k, d))),
                Shape.matrix(n, k));
        Var logDeterminants = b.sumPerRow(q);
        Var beta = b.sub(b.broadcastRows(b.add(alpha, logDeterminants), n), b.mul(b.constant(0.5), squaredNorms));
        Var likelihood = b.sub(b.sum(b.logSumExpPerRow(beta)), b.mul(b.constant(n), b.logSumExp(alpha)));

        Var frobenius = b.sum(b.square(diagonal));
        if (l != null) {
            frobenius = b.add(frobenius, b.sum(b.square(l)));
        }
        double gamma = data.gamma();
        Var prior = b.sub(b.mul(b.constant(data.m()), b.sum(logDeterminants)),
                b.mul(b.constant(0.5 * gamma * gamma), frobenius));
        return b.output(b.add(b.add(likelihood, prior), b.constant(data.constantTerms()))).build();
    }

    /**
     * For entry (k·D + e, j) of the stacked factors, its place in (exp(q) flat, l flat, 0):
     * exp(q_kj) on the diagonal, l_k's entry below it, the zero above.
     */
    private static int[] factorIndices(GmmData data) {
        int d = data.d();
        int k = data.k();
        int lower = data.lowerEntries();
        int lStart = k * d;
        int zero = lStart + k * lower;
        int[] indices = new int[k * d * d];
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < d; e++) {
                for (int j = 0; j < d; j++) {
                    int at = (c * d + e) * d + j;
                    if (e == j) {
                        indices[at] = c * d + j;
                    } else if (e > j) {
                        indices[at] = lStart + c * lower + data.lowerIndex(e, j);
                    } else {
                        indices[at] = zero;
                    }
                }
            }
        }
        return indices;
    }

    /** Each of the k rows, d times in a row. */
    private static int[] repeatedRows(int k, int d) {
        int[] rows = new int[k * d];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i / d;
        }
        return rows;
    }
}
