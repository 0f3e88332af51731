package org.autodiffbench.reports.fit;

import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.reports.analysis.XQuantity;

/**
 * The measured scaling of one series' time with the family's x, beside what theory predicts:
 * a derivative made of k sweeps, each a constant times the primal, costs k × primal, so its
 * exponent is the primal's plus that of k. Forward mode's gradient takes n sweeps (exponent
 * 1 + primal's); reverse mode one (the primal's). {@link ScalingAnalysis} says where k comes from.
 *
 * @param theorySlope the predicted exponent, NaN without a primal baseline
 * @param theory the prediction in words, e.g. {@code P × primal}
 * @param workSlope the exponent of the engine's own operation count (flops), NaN when not recorded
 */
public record ScalingFit(FamilyKey family, XQuantity xQuantity, String series, PowerLawFit fit, double theorySlope,
                         String theory, double workSlope) {

    /** Does the measured slope's 95% confidence interval contain the predicted one? */
    public boolean consistentWithTheory() {
        return Double.isFinite(theorySlope) && fit.slopeIntervalContains(theorySlope);
    }
}
