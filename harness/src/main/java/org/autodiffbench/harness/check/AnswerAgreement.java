package org.autodiffbench.harness.check;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.reference.Rho;

/**
 * Whether several answers agree: the largest ρ between any two of them, element by element over
 * value and derivative, against a tolerance. A NaN or infinity anywhere is never agreement: a
 * domain error such as log(−1) makes every answer meaningless, even identical ones.
 */
public final class AnswerAgreement {

    /** The tolerance for a gradient checked by the harness. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private final double maxRho;
    private final double tolerance;
    private final boolean finite;
    private final String worst;
    private final String note;

    private AnswerAgreement(double maxRho, double tolerance, boolean finite, String worst, String note) {
        this.maxRho = maxRho;
        this.tolerance = tolerance;
        this.finite = finite;
        this.worst = worst;
        this.note = note;
    }

    /**
     * Compares every pair of candidates.
     *
     * @throws IllegalArgumentException if the candidates differ in length
     */
    public static AnswerAgreement compare(List<Candidate> candidates, double tolerance) {
        List<String> nonFinite = new ArrayList<>();
        for (Candidate c : candidates) {
            String problem = c.firstNonFinite();
            if (problem != null) {
                nonFinite.add(c.source() + ": " + problem);
            }
        }
        double maxRho = 0.0;
        String worst = null;
        for (int a = 0; a < candidates.size(); a++) {
            for (int b = a + 1; b < candidates.size(); b++) {
                Candidate ca = candidates.get(a);
                Candidate cb = candidates.get(b);
                if (ca.value().length != cb.value().length || ca.derivative().length != cb.derivative().length) {
                    throw new IllegalArgumentException(ca.source() + " and " + cb.source() + " answered different sizes");
                }
                for (int i = 0; i < ca.value().length + ca.derivative().length; i++) {
                    boolean isValue = i < ca.value().length;
                    int j = isValue ? i : i - ca.value().length;
                    double x = isValue ? ca.value()[j] : ca.derivative()[j];
                    double y = isValue ? cb.value()[j] : cb.derivative()[j];
                    // a non-finite element is reported as such, not as a distance
                    double rho = Double.isFinite(x) && Double.isFinite(y) ? Rho.of(x, y) : 0.0;
                    if (rho > maxRho) {
                        maxRho = rho;
                        worst = ca.source() + " vs " + cb.source() + " at "
                                + (isValue ? "value" : "derivative") + "[" + j + "]";
                    }
                }
            }
        }
        String note;
        if (!nonFinite.isEmpty()) {
            note = "non-finite: " + String.join("; ", nonFinite)
                    + " (a domain error such as log or sqrt of a negative number?)";
        } else if (candidates.size() < 2) {
            note = "only one answer, nothing to compare it with";
        } else {
            note = maxRho <= tolerance ? "agree" : "disagree";
        }
        return new AnswerAgreement(maxRho, tolerance, nonFinite.isEmpty(), worst, note);
    }

    /** The largest ρ over pairs of finite elements; 0 with fewer than two candidates. */
    public double maxRho() {
        return maxRho;
    }

    public double tolerance() {
        return tolerance;
    }

    /** True when every element of every answer is a finite number. */
    public boolean finite() {
        return finite;
    }

    /** All finite and the largest ρ within the tolerance. */
    public boolean ok() {
        return finite && maxRho <= tolerance;
    }

    /** Which pair and element gave the largest ρ, e.g. {@code forward vs reverse at derivative[3]}; null when ρ is 0 throughout. */
    public String worst() {
        return worst;
    }

    /** One sentence: agree, disagree, or which answers are not finite. */
    public String note() {
        return note;
    }
}
