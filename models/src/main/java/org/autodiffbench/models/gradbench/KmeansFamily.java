package org.autodiffbench.models.gradbench;

import java.util.Arrays;
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
 * GradBench's {@code kmeans} eval, its {@code cost}: f(P, C) = Σ_i min_j |C_j − P_i|² for n fixed
 * points P (n × d) and k centroids C (k × d), the differentiable input. The graph makes every
 * squared distance at once, |P_i|² − 2 P_i·C_j + |C_j|², as one n × k matrix around the product
 * P·Cᵀ, and takes each row's minimum as −max(−row).
 *
 * <p>The size is k, as the eval's grid varies k (10, 100, 1000) at n = 1000 and 10,000 and d = 8
 * and 16; options {@value #POINTS} and {@value #DIMENSION} set n and d. As the eval does, the
 * points are drawn uniformly from [0, 1) and the centroids are the last k points, so that every
 * centroid is the closest to at least one point; k may therefore not exceed n.
 */
public final class KmeansFamily implements ModelFamily {

    public static final String ID = "gb-kmeans";
    public static final String POINTS = "n";
    public static final String DIMENSION = "d";
    /** The graph's input of the centroids, C (k × d): the point. */
    public static final String CENTROIDS_INPUT = "C";
    /** The graph's data input of the points, P (n × d). */
    public static final String POINTS_INPUT = "P";

    /** GradBench's largest k, which the default n = 1000 holds. */
    private static final int MAX_CENTROIDS = 1000;
    private static final int MAX_POINTS = 100_000;
    private static final int MAX_DIMENSION = 1024;
    /** GradBench's largest grid entry, n = 10,000 at k = 1000: the n × k distances of one graph node. */
    private static final long MAX_DISTANCES = 10_000_000;
    private static final SizeRange SIZES = new SizeRange(1, MAX_CENTROIDS, "centroids k");
    private static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec(POINTS, "How many points n (1 to " + MAX_POINTS + ", at least k)?", "1000"),
            new OptionSpec(DIMENSION, "In how many dimensions d (1 to " + MAX_DIMENSION + ")?", "8"));
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
        return "GradBench kmeans cost: Σ_i min_j |C_j − P_i|² over n points P in d dimensions and k centroids C; "
                + "the size is k";
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
        int[] nd = pointsAndDimension(size, options);
        double[] points = UnitUniform.draw(seed, Math.multiplyExact(nd[0], nd[1]));
        return model(points, nd[0], nd[1], lastPoints(points, nd[0], nd[1], size));
    }

    /** The point (k·d centroids) twice, P twice (drawn, then in the graph), |P_i|² and the n × k distances. */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        int[] nd = pointsAndDimension(size, options);
        long parameters = (long) size * nd[1];
        long bytes = 2 * ModelFootprint.doubles(parameters) + 2 * ModelFootprint.doubles((long) nd[0] * nd[1])
                + ModelFootprint.doubles(nd[0]) + ModelFootprint.doubles((long) nd[0] * size) + GRAPH_BYTES;
        return Optional.of(new ModelFootprint(parameters, bytes));
    }

    private int[] pointsAndDimension(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        int n = FamilyOptions.intOption(this, options, POINTS, 1, MAX_POINTS);
        int d = FamilyOptions.intOption(this, options, DIMENSION, 1, MAX_DIMENSION);
        requireDimensions(n, d, size);
        return new int[] {n, d};
    }

    /** The last k of n points in d dimensions, row-major: the eval's initial centroids. */
    static double[] lastPoints(double[] points, int n, int d, int k) {
        return Arrays.copyOfRange(points, (n - k) * d, n * d);
    }

    /**
     * The model of one eval input: n points in d dimensions (row-major, n·d values) and the
     * centroids (row-major, k·d values, k = centroids.length / d), with its hand gradient.
     *
     * @throws IllegalArgumentException when the lengths do not fit n and d, or n·k is too large
     */
    public static ModelInstance model(double[] points, int n, int d, double[] centroids) {
        int k = centroidCount(centroids, d);
        double[] p = points.clone();
        return new BuiltModelInstance(ID, k, graph(p, n, d, k), centroids, () -> new KmeansGradient(p, n, d, k));
    }

    /**
     * The graph of the cost for fixed points P (n × d, row-major); its one input is C, a k × d matrix.
     *
     * @throws IllegalArgumentException when the lengths do not fit n and d, or n·k is too large
     */
    public static Graph graph(double[] points, int n, int d, int k) {
        requireDimensions(n, d, k);
        if (points.length != (long) n * d) {
            throw new IllegalArgumentException("kmeans points must hold n·d = " + (long) n * d + " values, held "
                    + points.length);
        }
        double[] pointNorms = new double[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                pointNorms[i] += points[i * d + c] * points[i * d + c];
            }
        }
        GraphBuilder b = new GraphBuilder();
        Var centroids = b.matrix(CENTROIDS_INPUT, k, d);
        Var p = b.data(POINTS_INPUT, Shape.matrix(n, d), points);
        Var pNorms = b.broadcastColumns(b.data("|P|²", Shape.vector(n), pointNorms), k);
        Var cNorms = b.broadcastRows(b.sumPerRow(b.square(centroids)), n);
        Var cross = b.matMul(p, b.transpose(centroids));
        Var distances = b.add(b.sub(pNorms, b.mul(b.constant(2), cross)), cNorms);
        Var nearest = b.neg(b.maxPerRow(b.neg(distances)));
        return b.output(b.sum(nearest)).build();
    }

    /** k for centroids of d coordinates each. */
    static int centroidCount(double[] centroids, int d) {
        if (d < 1 || centroids.length == 0 || centroids.length % d != 0) {
            throw new IllegalArgumentException("kmeans centroids must be k ≥ 1 rows of d = " + d + " values, held "
                    + centroids.length + " values");
        }
        return centroids.length / d;
    }

    static void requireDimensions(int n, int d, int k) {
        if (n < 1 || d < 1 || k < 1) {
            throw new IllegalArgumentException("kmeans needs n, d and k of at least 1, were n = " + n + ", d = " + d
                    + ", k = " + k);
        }
        if (k > n) {
            throw new IllegalArgumentException("kmeans needs k ≤ n (the centroids start as the last k points), "
                    + "were k = " + k + ", n = " + n + "; give more points with option n");
        }
        if ((long) n * k > MAX_DISTANCES) {
            throw new IllegalArgumentException("kmeans n·k = " + (long) n * k + " is above " + MAX_DISTANCES
                    + " distances in one graph node; use fewer points or centroids");
        }
    }
}
