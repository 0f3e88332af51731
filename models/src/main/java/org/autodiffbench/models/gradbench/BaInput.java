package org.autodiffbench.models.gradbench;

import java.util.Random;
import org.autodiffbench.models.Seeds;

/**
 * GradBench's bundle-adjustment input ({@code BAInput} of evals/ba): n cameras, m points and p
 * observations, given as one camera, one point, one weight and one feature that the tool
 * duplicates (see {@link BaProblem}).
 *
 * @param cam   the camera [r1 r2 r3 C1 C2 C3 f u0 v0 k1 k2]: Rodrigues rotation, centre, focal
 *              length, principal point, radial distortion
 * @param x     the 3-D point
 * @param w     the observation weight
 * @param feat  the observed 2-D feature
 */
public record BaInput(int n, int m, int p, double[] cam, double[] x, double w, double[] feat) {

    /** Entries of one camera. */
    public static final int CAMERA = 11;

    /**
     * @throws IllegalArgumentException naming the field, for a count below 1 or an array of the wrong length
     */
    public BaInput {
        requirePositive("n", n);
        requirePositive("m", m);
        requirePositive("p", p);
        cam = copyOf("cam", cam, CAMERA);
        x = copyOf("x", x, 3);
        feat = copyOf("feat", feat, 2);
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("field 'w' must be a finite number, was " + w);
        }
    }

    /**
     * A seeded input of n cameras, m points and p observations whose point lies in front of the
     * camera: its depth in the camera frame is in [2, 10) and its other two coordinates in [−2, 2),
     * so the projection divides by no small number. The rotation's entries are in [−1, 1), the
     * centre's in [−10, 10), f in [200, 600), the principal point in [−10, 10), k1 and k2 in
     * [−0.1, 0.1) and [−0.01, 0.01), w in [0.1, 1) and the feature in [−500, 500).
     */
    public static BaInput generated(int n, int m, int p, Random random) {
        double[] cam = new double[CAMERA];
        Seeds.fillUniform(random, cam, 0, 6, 1.0);
        for (int i = 3; i < 6; i++) {
            cam[i] *= 10;
        }
        cam[6] = Seeds.between(random, 200, 600);
        cam[7] = Seeds.between(random, -10, 10);
        cam[8] = Seeds.between(random, -10, 10);
        cam[9] = Seeds.between(random, -0.1, 0.1);
        cam[10] = Seeds.between(random, -0.01, 0.01);
        double[] inCamera = {Seeds.between(random, -2, 2), Seeds.between(random, -2, 2), Seeds.between(random, 2, 10)};
        double[] inverse = {-cam[0], -cam[1], -cam[2]};
        double[] point = new double[3];
        BaBlockDerivative.rotate(inverse, inCamera, point);
        for (int i = 0; i < 3; i++) {
            point[i] += cam[3 + i];
        }
        double w = Seeds.between(random, 0.1, 1);
        double[] feat = Seeds.uniform(random, 2, 500);
        return new BaInput(n, m, p, cam, point, w, feat);
    }

    /** One observation block's point: the camera, the point and the weight (15 entries). */
    public double[] block() {
        double[] block = new double[BaProblem.BLOCK];
        System.arraycopy(cam, 0, block, 0, CAMERA);
        System.arraycopy(x, 0, block, CAMERA, 3);
        block[CAMERA + 3] = w;
        return block;
    }

    @Override
    public double[] cam() {
        return cam.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] feat() {
        return feat.clone();
    }

    private static void requirePositive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("field '" + field + "' must be at least 1, was " + value);
        }
    }

    private static double[] copyOf(String field, double[] values, int length) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException("field '" + field + "' must hold " + length + " numbers, held "
                    + (values == null ? "none" : values.length));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("field '" + field + "' must hold finite numbers, held " + v);
            }
        }
        return values.clone();
    }
}
