package org.autodiffbench.api;

import java.util.Locale;

/**
 * How an engine attacks a derivative, declared by the engine and recorded with every result, so
 * that a report can set its times beside theory without knowing the engine. The theory of each
 * mode below is for f: Rⁿ → Rᵐ (Griewank and Walther, <i>Evaluating Derivatives</i>, 2nd ed., 2008).
 */
public enum EngineMode {

    /** Tangents swept with the primal: a gradient costs n sweeps (n/k with k lanes), a Jacobian n columns. */
    FORWARD,
    /** One taped primal sweep, then one adjoint sweep back per output: a gradient costs one, a Jacobian m rows. */
    REVERSE,
    /** Reverse mode over a chain of stages that stores some stage inputs and recomputes the rest. */
    CHECKPOINTED_REVERSE,
    /** Derivatives from function values alone (finite differences): a gradient costs n + 1 or 2n primals. */
    NUMERIC,
    /** None of these, or not declared: a report draws no theory for it. */
    OTHER;

    /** The lower-case, hyphenated name used in results and on the command line, e.g. {@code checkpointed-reverse}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode named by {@link #label()}. */
    public static EngineMode fromLabel(String label) {
        for (EngineMode mode : values()) {
            if (mode.label().equals(label)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown engine mode '" + label + "'; expected one of forward, reverse,"
                + " checkpointed-reverse, numeric, other");
    }

    /** Does a gradient cost one sweep per input, so that its cost over the primal grows like n? */
    public boolean sweepsPerInput() {
        return this == FORWARD || this == NUMERIC;
    }

    /** Does a gradient cost one adjoint sweep, whatever n, paying in stored values instead? */
    public boolean sweepsPerOutput() {
        return this == REVERSE || this == CHECKPOINTED_REVERSE;
    }
}
