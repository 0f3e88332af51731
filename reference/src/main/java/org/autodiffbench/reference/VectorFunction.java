package org.autodiffbench.reference;

/**
 * A function f: Rⁿ → Rᵐ on plain arrays, the thing finite differences difference: a graph
 * through the {@link ReferenceInterpreter}, an engine's primal, or a hand-written value.
 */
@FunctionalInterface
public interface VectorFunction {

    /**
     * f(x). Reads x without changing it and returns an array of its own: a difference holds the
     * values at several points at once.
     */
    double[] apply(double[] x);
}
