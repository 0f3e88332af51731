package org.autodiffbench.api.compile;

/** A derivative sweep a compiled program can hold beside its primal. */
public enum Sweep {
    /** Forward: tangents of every active node in one direction. */
    TANGENT,
    /** Reverse: adjoints of every active node from one output cotangent. */
    ADJOINT
}
