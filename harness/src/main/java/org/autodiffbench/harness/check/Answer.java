package org.autodiffbench.harness.check;

import java.util.Optional;
import org.autodiffbench.api.CallStatistics;

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
        return firstNonFinite() == null;
    }

    /** The first NaN or infinity, e.g. {@code derivative[3] is NaN}; null if all are finite. */
    public String firstNonFinite() {
        return candidate().firstNonFinite();
    }

    /** The answer as a candidate for an agreement check. */
    public Candidate candidate() {
        return new Candidate(source, value, derivative);
    }
}
