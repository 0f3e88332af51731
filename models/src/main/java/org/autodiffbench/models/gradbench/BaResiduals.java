package org.autodiffbench.models.gradbench;

/**
 * The bundle-adjustment objective of a problem, GradBench's {@code reproj_err} (2p: the weighted
 * reprojection error of each observation) and {@code w_err} (p: 1 − w² of each), from one
 * observation block's value, called once per observation. The arrays are allocated here;
 * evaluating allocates nothing.
 */
public final class BaResiduals {

    /** The value of one observation block: y (3) at x (15). */
    @FunctionalInterface
    public interface BlockValue {
        void value(double[] x, double[] y);
    }

    private final BaProblem problem;
    private final double[] reprojection;
    private final double[] weight;
    private final double[] block = new double[BaProblem.BLOCK];
    private final double[] blockValue = new double[BaBlockDerivative.OUTPUTS];

    public BaResiduals(BaProblem problem) {
        this.problem = problem;
        reprojection = new double[2 * problem.observationCount()];
        weight = new double[problem.observationCount()];
    }

    /** Fills both residual arrays with one call of {@code valueOfBlock} per observation. */
    public void evaluate(BlockValue valueOfBlock) {
        for (int i = 0; i < problem.observationCount(); i++) {
            problem.blockPoint(i, block);
            valueOfBlock.value(block, blockValue);
            reprojection[2 * i] = blockValue[0];
            reprojection[2 * i + 1] = blockValue[1];
            weight[i] = blockValue[2];
        }
    }

    /** reproj_err, two per observation (the live array). */
    public double[] reprojection() {
        return reprojection;
    }

    /** w_err, one per observation (the live array). */
    public double[] weight() {
        return weight;
    }
}
