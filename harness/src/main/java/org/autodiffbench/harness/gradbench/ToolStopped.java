package org.autodiffbench.harness.gradbench;

/** The tool gave no usable answer: it ran out of time, or died, or wrote what is not a response. */
final class ToolStopped extends Exception {

    private final boolean timedOut;

    ToolStopped(boolean timedOut, String reason) {
        super(reason);
        this.timedOut = timedOut;
    }

    /** True when the budget ran out before the answer came. */
    boolean timedOut() {
        return timedOut;
    }
}
