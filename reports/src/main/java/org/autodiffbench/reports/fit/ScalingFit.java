package org.autodiffbench.reports.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.reports.analysis.FamilyKey;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;

/**
 * The measured scaling of one series' time with the family's x, beside what theory predicts:
 * a derivative made of k sweeps, each a constant times the primal, costs k × primal, so its
 * exponent is the primal's plus that of k. Forward mode's gradient takes n sweeps (exponent
 * 1 + primal's); reverse mode one (the primal's). {@link ScalingAnalysis} says where k comes from.
 * A fit whose slope is lost in its interval, or that rests on a cell flagged unreliable, is
 * {@link #tooNoisy() too noisy to tell} and is never stated as a law.
 *
 * @param theorySlope the predicted exponent, NaN without a primal baseline
 * @param theory the prediction in words, e.g. {@code P × primal}
 * @param workSlope the exponent of the engine's own operation count (flops), NaN when not recorded
 * @param unreliableCells the fitted cells flagged unreliable, e.g. {@code size 4 (load 3.1 on 2 CPUs at start)}
 */
public record ScalingFit(FamilyKey family, XQuantity xQuantity, String series, PowerLawFit fit, double theorySlope,
                         String theory, double workSlope, List<String> unreliableCells) {

    public ScalingFit {
        unreliableCells = List.copyOf(unreliableCells);
    }

    /** Does the measured slope's 95% confidence interval contain the predicted one? */
    public boolean consistentWithTheory() {
        return Double.isFinite(theorySlope) && fit.slopeIntervalContains(theorySlope);
    }

    /** Why no law can be read from this fit; empty when one can. */
    public Optional<String> tooNoisy() {
        List<String> why = new ArrayList<>();
        fit.noise().ifPresent(why::add);
        if (!unreliableCells.isEmpty()) {
            why.add("it rests on " + (unreliableCells.size() == 1 ? "an unreliable cell: "
                    : unreliableCells.size() + " unreliable cells: ") + String.join(", ", unreliableCells));
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    /** The fit in words: {@code grows as P^1.98 ± 0.04}, or {@code is too noisy to tell (why)}. */
    public String reading() {
        return tooNoisy().map(why -> "is too noisy to tell (" + why + ")")
                .orElse("grows as " + Quantities.power(xQuantity.symbol(), fit.slope(), fit.slopeHalfWidth()));
    }
}
