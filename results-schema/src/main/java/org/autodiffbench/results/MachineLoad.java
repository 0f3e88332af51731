package org.autodiffbench.results;

/**
 * How busy the machine was at one moment: its 1-minute load average (runnable and running
 * threads, averaged) beside the CPUs there are to share. A load above the CPU count means
 * threads queued for a CPU, so a benchmark running then shared its CPU with others.
 *
 * @param loadAverage the 1-minute load average; null where the system does not report one
 * @param cpus the CPUs this JVM may use
 */
public record MachineLoad(Double loadAverage, int cpus) {

    /** Load per CPU, or null without a load average. */
    public Double perCpu() {
        return loadAverage == null || cpus <= 0 ? null : loadAverage / cpus;
    }
}
