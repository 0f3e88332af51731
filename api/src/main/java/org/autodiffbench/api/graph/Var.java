package org.autodiffbench.api.graph;

/** A handle to a node under construction in a {@link GraphBuilder}. */
public record Var(int id, Shape shape) {
}
