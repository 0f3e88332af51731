package org.autodiffbench.models.gradbench;

import static org.autodiffbench.models.gradbench.BaInput.CAMERA;

/**
 * The sparse Jacobian of a bundle-adjustment problem in the compressed-row layout of GradBench's
 * {@code SparseMat} (evals/ba): 3p rows, the 2p reprojection rows first (two per observation,
 * 15 entries each: its camera's 11 columns, its point's 3, its weight's 1), then the p weight
 * rows (one entry each); 11n + 3m + p columns, cameras first, then points, then weights.
 * {@code rows} holds 3p + 1 offsets into {@code cols} and {@code vals}.
 *
 * <p>It is assembled from one observation block's 3 × 15 Jacobian, called once per observation:
 * a prepared engine's or the hand-written one. The arrays are allocated here; assembling
 * allocates nothing.
 */
public final class BaSparseJacobian {

    /** The Jacobian of one observation block: y (3) and J (3 × 15, row-major) at x (15). */
    @FunctionalInterface
    public interface BlockJacobian {
        void jacobian(double[] x, double[] y, double[] jacobian);
    }

    private static final int ROW_ENTRIES = BaProblem.BLOCK;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final BaProblem problem;
    private final int[] rows;
    private final int[] cols;
    private final double[] vals;
    private final double[] block = new double[BaProblem.BLOCK];
    private final double[] blockValue = new double[BaBlockDerivative.OUTPUTS];
    private final double[] blockJacobian = new double[BaBlockDerivative.OUTPUTS * BaProblem.BLOCK];

    /**
     * @throws IllegalArgumentException when the 31·p entries do not fit in a Java array
     */
    public BaSparseJacobian(BaProblem problem) {
        this.problem = problem;
        int p = problem.observationCount();
        int entries = entries(p);
        rows = new int[3 * p + 1];
        cols = new int[entries];
        vals = new double[entries];
    }

    /** 31·p, the entries of p observations, when a Java array holds them. */
    static int entries(int observations) {
        long entries = (2L * ROW_ENTRIES + 1) * observations;
        if (entries > MAX_ARRAY) {
            throw new IllegalArgumentException("a Jacobian of " + observations + " observations has " + entries
                    + " entries, more than a Java array holds; use at most " + MAX_ARRAY / (2 * ROW_ENTRIES + 1)
                    + " observations");
        }
        return (int) entries;
    }

    /** Fills rows, columns and values with one call of {@code blockJacobian} per observation. */
    public void assemble(BlockJacobian jacobianOfBlock) {
        int n = problem.cameraCount();
        int m = problem.pointCount();
        int p = problem.observationCount();
        int pointColumns = CAMERA * n;
        int weightColumns = pointColumns + 3 * m;
        int weightEntries = 2 * ROW_ENTRIES * p;
        for (int i = 0; i < p; i++) {
            problem.blockPoint(i, block);
            jacobianOfBlock.jacobian(block, blockValue, blockJacobian);
            int camera = CAMERA * problem.cameraOf(i);
            int point = pointColumns + 3 * problem.pointOf(i);
            for (int r = 0; r < 2; r++) {
                int start = (2 * i + r) * ROW_ENTRIES;
                rows[2 * i + r] = start;
                int from = r * BaProblem.BLOCK;
                for (int j = 0; j < CAMERA; j++) {
                    cols[start + j] = camera + j;
                }
                for (int j = 0; j < 3; j++) {
                    cols[start + CAMERA + j] = point + j;
                }
                cols[start + CAMERA + 3] = weightColumns + i;
                System.arraycopy(blockJacobian, from, vals, start, BaProblem.BLOCK);
            }
            rows[2 * p + i] = weightEntries + i;
            cols[weightEntries + i] = weightColumns + i;
            vals[weightEntries + i] = blockJacobian[2 * BaProblem.BLOCK + CAMERA + 3];
        }
        rows[3 * p] = weightEntries + p;
    }

    /** The number of rows, 3p. */
    public int rowCount() {
        return 3 * problem.observationCount();
    }

    /** The number of columns, 11n + 3m + p. */
    public int columnCount() {
        return CAMERA * problem.cameraCount() + 3 * problem.pointCount() + problem.observationCount();
    }

    /** The 3p + 1 row offsets (the live array: read it, do not keep it past the next assembly). */
    public int[] rows() {
        return rows;
    }

    /** The column of each entry (the live array). */
    public int[] cols() {
        return cols;
    }

    /** The value of each entry (the live array). */
    public double[] vals() {
        return vals;
    }
}
