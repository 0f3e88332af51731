package org.autodiffbench.harness.check;

/**
 * One answer to compare: where it came from (an engine id, or "hand" for a hand-written
 * derivative), the value f(x) and the derivative, both flat.
 */
public record Candidate(String source, double[] value, double[] derivative) {

    public Candidate {
        value = value.clone();
        derivative = derivative.clone();
    }

    /** The first element that is NaN or infinite, named like {@code value} or {@code derivative[3]}; null if none. */
    String firstNonFinite() {
        for (int i = 0; i < value.length; i++) {
            if (!Double.isFinite(value[i])) {
                return "value" + (value.length == 1 ? "" : "[" + i + "]") + " is " + value[i];
            }
        }
        for (int i = 0; i < derivative.length; i++) {
            if (!Double.isFinite(derivative[i])) {
                return "derivative[" + i + "] is " + derivative[i];
            }
        }
        return null;
    }
}
