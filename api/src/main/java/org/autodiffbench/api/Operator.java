package org.autodiffbench.api;

/** The operators a prepared engine may offer; an engine declares its set as its capabilities. */
public enum Operator {
    /** y = f(x). */
    VALUE,
    /** ∇f(x) of a scalar f. */
    GRADIENT,
    /** J·v, one directional derivative. */
    JVP,
    /** uᵀ·J, one vector–Jacobian product. */
    VJP,
    /** The full m × n Jacobian. */
    JACOBIAN;

    /** The lower-case name used on the command line and in results. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
