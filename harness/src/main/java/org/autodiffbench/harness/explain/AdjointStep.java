package org.autodiffbench.harness.explain;

/**
 * One line of a reverse sweep: the node {@code from} passes {@code contribution} to the adjoint
 * of its operand {@code target}, which then totals {@code total}. The first contribution to an
 * adjoint sets it; later ones add to it.
 */
public record AdjointStep(int target, int from, double contribution, double total, boolean first) {
}
