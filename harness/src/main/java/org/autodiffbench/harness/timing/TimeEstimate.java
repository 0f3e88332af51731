package org.autodiffbench.harness.timing;

import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.harness.check.DerivativeCheck;

/**
 * How long a cell's parts take, from the time of one call, to decide before running them whether
 * they fit the budget. The figures are upper bounds: a JMH iteration lasts its set time plus at
 * most one call (JMH reads the clock between calls), and each fork starts a JVM and repeats setup.
 */
public final class TimeEstimate {

    /** Starting a JVM and loading the harness and JMH, allowed generously. */
    public static final double JVM_START_SECONDS = 1.0;

    private TimeEstimate() {
    }

    /** JMH's run: per fork, a JVM start, the setup, and every warmup and measurement iteration. */
    public static double timingSeconds(TimingSettings timing, double callSeconds, double setupSeconds) {
        double iterations = timing.warmupIterations() * (timing.warmupMillis() / 1000.0 + callSeconds)
                + timing.measurementIterations() * (timing.measurementMillis() / 1000.0 + callSeconds);
        return timing.forks() * (JVM_START_SECONDS + setupSeconds + iterations);
    }

    /** A whole cell: the probe (a JVM start, the checked call and one more) then JMH. */
    public static double cellSeconds(TimingSettings timing, double callSeconds) {
        return JVM_START_SECONDS + 2 * callSeconds + timingSeconds(timing, callSeconds, 0);
    }

    /** Seconds as people read them, e.g. {@code 42 s}, {@code 3.1 s}, {@code 1.2e+03 s}. */
    public static String seconds(double s) {
        return (s >= 100 && s < 10_000 ? String.format(java.util.Locale.ROOT, "%.0f", s) : DerivativeCheck.number(s)) + " s";
    }
}
