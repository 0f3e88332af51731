package org.autodiffbench.harness.run;

import java.lang.management.ManagementFactory;
import org.autodiffbench.results.MachineLoad;

/**
 * Reads how busy the machine is: the operating system's 1-minute load average and the CPUs
 * there are. Which processes make the load is not recorded.
 */
final class LoadGauge {

    private LoadGauge() {
    }

    /** The load now; the average is null where the system reports none (a negative value). */
    static MachineLoad now() {
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new MachineLoad(average < 0 ? null : average, Runtime.getRuntime().availableProcessors());
    }
}
