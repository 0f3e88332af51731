package org.autodiffbench.harness.gradbench;

/**
 * A function this project cannot evaluate (second derivatives, nested modes, …), with a one-line
 * reason that the tool sends as {@code success: false}.
 */
public class GradBenchRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GradBenchRefusal(String reason) {
        super(reason);
    }
}
