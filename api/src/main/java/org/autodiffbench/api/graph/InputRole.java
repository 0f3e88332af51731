package org.autodiffbench.api.graph;

/** Whether an input is differentiated with respect to, or is fixed data. */
public enum InputRole {
    /** Part of the point x at which derivatives are taken. */
    DIFFERENTIABLE,
    /** Fixed data (a sample, a target): bound in the graph, never differentiated. */
    DATA
}
