package org.autodiffbench.models.gradbench;

import static org.autodiffbench.models.gradbench.BaInput.CAMERA;

import java.util.Arrays;

/**
 * A bundle-adjustment problem laid out as GradBench's tools lay out a {@link BaInput}: the camera
 * copied n times (n × 11), the point m times (m × 3), the weight p times, and observation i
 * pairing camera i mod n with point i mod m. Every observation reads its own copies, so the work
 * is that of p distinct observations, as the eval asks; only the feature, which the block graph
 * holds as data, is shared.
 */
public final class BaProblem {

    /** Entries of one observation block's point: camera, 3-D point, weight. */
    public static final int BLOCK = CAMERA + 3 + 1;

    private final BaInput input;
    private final double[] cameras;
    private final double[] points;
    private final double[] weights;
    private final int[] observations;

    /** Lays out the input's copies; p observations take about 28·p bytes besides the copies. */
    public BaProblem(BaInput input) {
        this.input = input;
        int n = input.n();
        int m = input.m();
        int p = input.p();
        double[] cam = input.cam();
        double[] x = input.x();
        cameras = new double[Math.multiplyExact(CAMERA, n)];
        for (int c = 0; c < n; c++) {
            System.arraycopy(cam, 0, cameras, c * CAMERA, CAMERA);
        }
        points = new double[Math.multiplyExact(3, m)];
        for (int k = 0; k < m; k++) {
            System.arraycopy(x, 0, points, 3 * k, 3);
        }
        weights = new double[p];
        Arrays.fill(weights, input.w());
        observations = new int[Math.multiplyExact(2, p)];
        for (int i = 0; i < p; i++) {
            observations[2 * i] = i % n;
            observations[2 * i + 1] = i % m;
        }
    }

    public BaInput input() {
        return input;
    }

    public int cameraCount() {
        return input.n();
    }

    public int pointCount() {
        return input.m();
    }

    public int observationCount() {
        return input.p();
    }

    /** The camera observation i sees. */
    public int cameraOf(int i) {
        return observations[2 * i];
    }

    /** The point observation i sees. */
    public int pointOf(int i) {
        return observations[2 * i + 1];
    }

    /** Copies observation i's camera, point and weight into {@code block} (length {@value #BLOCK}). */
    public void blockPoint(int i, double[] block) {
        System.arraycopy(cameras, CAMERA * cameraOf(i), block, 0, CAMERA);
        System.arraycopy(points, 3 * pointOf(i), block, CAMERA, 3);
        block[CAMERA + 3] = weights[i];
    }
}
