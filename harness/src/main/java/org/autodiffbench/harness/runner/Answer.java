package org.autodiffbench.harness.runner;

import java.util.Optional;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.harness.agreement.Candidate;

/**
 * What one source computed: f(x) and the derivative (a gradient, or a row-major Jacobian), with
 * the engine's statistics for the call; a hand-written reference has none.
 */
public record Answer(String source, double[] value, double[] derivative, Optional<CallStatistics> statistics) {

    public Answer {
        value = value.clone();
        derivative = derivative.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public double[] derivative() {
        return derivative.clone();
    }

    /** True when the value and every derivative element are finite numbers. */
    public boolean isFinite() {
        for (double v : value) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        for (double d : derivative) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** The answer as a candidate for an agreement check. */
    public Candidate candidate() {
        return new Candidate(source, value, derivative);
    }
}
