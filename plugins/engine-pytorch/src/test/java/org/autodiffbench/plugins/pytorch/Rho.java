package org.autodiffbench.plugins.pytorch;

/** The agreement metric of ADBench and GradBench: ρ(x, y) = |x − y| / max(1, |x| + |y|), element-wise. */
final class Rho {

    private Rho() {
    }

    /** The largest ρ over two arrays of one length; infinite where only one entry is finite. */
    static double max(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays of " + a.length + " and " + b.length + " entries");
        }
        double worst = 0.0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) && Double.isNaN(b[i]) || a[i] == b[i]) {
                continue;
            }
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1.0, Math.abs(a[i]) + Math.abs(b[i])));
            if (Double.isNaN(worst)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return worst;
    }
}
