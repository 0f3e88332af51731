package org.autodiffbench.models.gradbench;

import static org.autodiffbench.models.gradbench.BaInput.CAMERA;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's bundle adjustment (evals/ba) as one observation block: from a camera (11), a point
 * (3) and a weight (1) to the weighted reprojection error w·(proj − feat) (2) and the weight error
 * 1 − w² (1), with the observed feature as data. The projection is GradBench's: rotate X − C by the
 * Rodrigues vector r, divide by depth, distort radially by 1 + k1·|p|² + k2·|p|⁴, scale by f and
 * shift by the principal point. The whole problem's objective and sparse Jacobian are p calls of
 * this one block ({@link BaResiduals}, {@link BaSparseJacobian}); the Jacobian is hand-written.
 *
 * <p>The size k is GradBench's problem ba{@code k}, whose cameras, points and observations
 * (n, m, p) are those of ADBench's data file {@code ba<k>_n<n>_m<m>_p<p>.txt}: {@link #problem}
 * draws its camera, point, weight and feature. The block, and so the graph, is the same at every k.
 */
public final class BaFamily implements ModelFamily {

    public static final String ID = "gb-ba";

    /** (n, m, p) of ADBench's ba1 … ba20, from the data files' names. */
    private static final int[][] PROBLEMS = {
        {49, 7776, 31843}, {21, 11315, 36455}, {161, 48126, 182072}, {372, 47423, 204472},
        {257, 65132, 225911}, {539, 65220, 277273}, {93, 61203, 287451}, {88, 64298, 383937},
        {810, 88814, 393775}, {1197, 126327, 563734}, {1723, 156502, 678718}, {253, 163691, 899155},
        {245, 198739, 1091386}, {356, 226730, 1255268}, {1102, 780462, 4052340}, {1544, 942409, 4750193},
        {1778, 993923, 5001946}, {1936, 649673, 5213733}, {4585, 1324582, 9125125}, {13682, 4456117, 2987644},
    };
    private static final SizeRange SIZES = new SizeRange(1, PROBLEMS.length,
            "GradBench problem ba<k> (its n, m and p; the graph is one observation block at every k)");

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
        return "one bundle-adjustment observation: w·(proj(camera, point) − feature) and 1 − w², "
                + "Rodrigues rotation and radial distortion as GradBench's ba; 15 inputs, 3 outputs";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        BaInput input = problem(size, seed);
        FamilyOptions.requireKnown(this, options);
        double[] feat = input.feat();
        return new BuiltModelInstance(ID, size, blockGraph(feat), input.block(), () -> handDerivative(feat));
    }

    /**
     * Problem ba{@code size}: its n, m and p, and a camera, point, weight and feature drawn from
     * {@code seed} as {@link BaInput#generated} says.
     *
     * @throws IllegalArgumentException naming the range, for a size out of it
     */
    public static BaInput problem(int size, long seed) {
        SIZES.require(ID, size);
        int[] nmp = PROBLEMS[size - 1];
        return BaInput.generated(nmp[0], nmp[1], nmp[2], Seeds.random(seed, "problem"));
    }

    /** The hand-written value and 3 × 15 Jacobian of one block observing {@code feat}. */
    public static HandDerivative handDerivative(double[] feat) {
        return new BaBlockDerivative(feat.clone());
    }

    /**
     * The graph of one observation block: inputs {@code cam} (11), {@code x} (3) and {@code w}, data
     * {@code feat} (2); outputs the reprojection error (2), then the weight error.
     */
    public static Graph blockGraph(double[] feat) {
        GraphBuilder g = new GraphBuilder();
        Var cam = g.vector("cam", CAMERA);
        Var point = g.vector("x", 3);
        Var w = g.scalar("w");
        Var observed = g.data("feat", Shape.vector(2), feat);
        Var rotated = rodrigues(g, g.slice(cam, 0, 3), g.sub(point, g.slice(cam, 3, 3)));
        Var projected = g.div(g.slice(rotated, 0, 2), entry(g, rotated, 2));
        Var rsq = g.dot(projected, projected);
        Var distortion = g.add(g.constant(1), g.add(g.mul(entry(g, cam, 9), rsq),
                g.mul(entry(g, cam, 10), g.mul(rsq, rsq))));
        Var pixel = g.add(g.mul(g.mul(projected, distortion), entry(g, cam, 6)), g.slice(cam, 7, 2));
        g.output(g.mul(w, g.sub(pixel, observed)));
        g.output(g.sub(g.constant(1), g.mul(w, w)));
        return g.build();
    }

    /**
     * R(r)·v: cos θ·v + sin θ·(u × v) + (1 − cos θ)·(u·v)·u with θ = |r|, u = r/θ, and v + r × v at
     * r = 0. Both branches are built and one is selected; the general branch takes θ from 1 instead
     * of 0 at r = 0, so that its unselected derivatives stay finite.
     */
    private static Var rodrigues(GraphBuilder g, Var r, Var v) {
        Var sq = g.dot(r, r);
        Var turning = g.greater(sq, g.constant(0));
        Var theta = g.sqrt(g.select(turning, sq, g.constant(1)));
        Var c = g.cos(theta);
        Var u = g.div(r, theta);
        Var general = g.add(g.add(g.mul(v, c), g.mul(cross(g, u, v), g.sin(theta))),
                g.mul(u, g.mul(g.dot(u, v), g.sub(g.constant(1), c))));
        Var small = g.add(v, cross(g, r, v));
        return g.select(turning, general, small);
    }

    /** a × b of two 3-vectors: (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀). */
    private static Var cross(GraphBuilder g, Var a, Var b) {
        return g.sub(g.mul(g.gather(a, 1, 2, 0), g.gather(b, 2, 0, 1)), g.mul(g.gather(a, 2, 0, 1), g.gather(b, 1, 2, 0)));
    }

    /** Entry i of a vector, as a scalar. */
    private static Var entry(GraphBuilder g, Var vector, int i) {
        return g.reshape(g.slice(vector, i, 1), Shape.scalar());
    }
}
