package org.autodiffbench.harness.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Timing;
import org.autodiffbench.results.Unreliability;
import org.autodiffbench.results.Unreliability.Cause;

/**
 * Whether a cell's timing can be read as a measurement: not when the machine had more runnable
 * threads than CPUs as the cell started or ended (the benchmark shared its CPU), nor when its
 * iterations differ by more than {@value #MAX_RELATIVE_SPREAD} of their median (no single time
 * stands for them). Each reason is recorded with its figures.
 */
final class TimingReliability {

    /** The 1-minute load average per CPU above which threads queue for a CPU. */
    static final double MAX_LOAD_PER_CPU = 1.0;
    /** The largest (max − min)/median of the iterations that still makes one time. */
    static final double MAX_RELATIVE_SPREAD = 0.25;

    private TimingReliability() {
    }

    /** The reasons not to trust {@code timing}, measured under {@code load}; empty when there are none. */
    static List<Unreliability> judge(Timing timing, CellLoad load) {
        List<Unreliability> reasons = new ArrayList<>();
        if (load != null) {
            overloaded(load.start(), "start").ifPresent(reasons::add);
            overloaded(load.end(), "end").ifPresent(reasons::add);
        }
        List<Double> samples = timing.samplesNs().stream().filter(Double::isFinite).sorted().toList();
        if (samples.size() >= 2) {
            double median = median(samples);
            double spread = (samples.get(samples.size() - 1) - samples.get(0)) / median;
            if (!(spread <= MAX_RELATIVE_SPREAD)) {
                reasons.add(new Unreliability(Cause.SPREAD, String.format(Locale.ROOT,
                        "spread: (max − min)/median %.2f over %d samples", spread, samples.size())));
            }
        }
        return Collections.unmodifiableList(reasons);
    }

    private static Optional<Unreliability> overloaded(MachineLoad load, String when) {
        if (load == null || load.perCpu() == null || load.perCpu() <= MAX_LOAD_PER_CPU) {
            return Optional.empty();
        }
        return Optional.of(new Unreliability(Cause.LOAD, String.format(Locale.ROOT,
                "load %.1f on %d CPU%s at %s", load.loadAverage(), load.cpus(), load.cpus() == 1 ? "" : "s", when)));
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
