package org.autodiffbench.api.primitives;

/** The primal values a VJP rule reads: its operands, its output, both, or neither. */
public enum Residuals {
    NONE(false, false),
    OPERANDS(true, false),
    OUTPUT(false, true),
    OPERANDS_AND_OUTPUT(true, true);

    private final boolean operands;
    private final boolean output;

    Residuals(boolean operands, boolean output) {
        this.operands = operands;
        this.output = output;
    }

    public boolean readsOperands() {
        return operands;
    }

    public boolean readsOutput() {
        return output;
    }
}
