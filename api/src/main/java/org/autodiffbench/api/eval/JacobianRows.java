package org.autodiffbench.api.eval;

import java.util.Arrays;

/**
 * Builds an m × n Jacobian by rows: row i is the point adjoint of one reverse sweep seeded with
 * the unit vector eᵢ. The buffers are allocated once; how a sweep is made (one tape swept again,
 * or a whole checkpointing schedule re-run) is the engine's.
 */
public final class JacobianRows {

    /** One reverse sweep seeded with {@code seed}, writing the point's adjoint into {@code pointAdjoint}. */
    @FunctionalInterface
    public interface RowSweep {
        void sweep(double[] seed, double[] pointAdjoint);
    }

    private final int n;
    private final double[] unitSeed;
    /** A row's point adjoint when there are several rows; with one row it goes straight into the Jacobian. */
    private final double[] rowScratch;

    /** Allocates the seed and row buffers for an m × n Jacobian. */
    public JacobianRows(int m, int n) {
        this.n = n;
        this.unitSeed = new double[m];
        this.rowScratch = new double[m > 1 ? n : 0];
    }

    /** Fills {@code jacobian} (row-major, m × n) with one sweep per row. */
    public void fill(double[] jacobian, RowSweep sweep) {
        int m = unitSeed.length;
        double[] row = m > 1 ? rowScratch : jacobian;
        Arrays.fill(unitSeed, 0.0);
        for (int i = 0; i < m; i++) {
            unitSeed[i] = 1.0;
            sweep.sweep(unitSeed, row);
            if (row != jacobian) {
                System.arraycopy(row, 0, jacobian, i * n, n);
            }
            unitSeed[i] = 0.0;
        }
    }
}
