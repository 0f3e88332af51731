package org.autodiffbench.api.compile;

import org.autodiffbench.api.PreparedDiff;

/** A prepared engine whose calls run a graph compiled at prepare; it shows what compiling produced and took. */
public interface CompiledDiff extends PreparedDiff {

    /** The compiled graph: its source, method sizes, and generation and compilation times. */
    CompiledGraph compiledGraph();
}
