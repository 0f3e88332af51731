package org.autodiffbench.results;

/**
 * The machine's load when a cell started and when it ended, read by the campaign's JVM: what
 * else was running while the cell was timed.
 *
 * @param start just before the cell's JVM started
 * @param end just after it ended
 */
public record CellLoad(MachineLoad start, MachineLoad end) {
}
