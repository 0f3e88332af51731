package org.autodiffbench.harness.campaign;

/**
 * How JMH times each cell: forks (at least 1), warmup and measurement iterations and the time
 * of each iteration in milliseconds.
 */
public record TimingSettings(int forks, int warmupIterations, int warmupMillis, int measurementIterations,
                             int measurementMillis) {
}
