package org.autodiffbench.reports.charts;

/**
 * The unit an axis shows its values in, chosen from the data so the numbers stay short:
 * ns, µs, ms or s for times; B, KiB, MiB or GiB for bytes.
 *
 * @param factor how many base units (ns, bytes) one display unit holds
 */
public record DisplayUnit(String symbol, double factor) {

    private static final DisplayUnit NONE = new DisplayUnit("", 1);
    private static final DisplayUnit[] TIMES = {new DisplayUnit("ns", 1), new DisplayUnit("µs", 1e3),
        new DisplayUnit("ms", 1e6), new DisplayUnit("s", 1e9)};
    private static final DisplayUnit[] BYTES = {new DisplayUnit("B", 1), new DisplayUnit("KiB", 1024),
        new DisplayUnit("MiB", 1024.0 * 1024), new DisplayUnit("GiB", 1024.0 * 1024 * 1024)};

    /** No unit: values are shown as they are (ratios, counts). */
    public static DisplayUnit none() {
        return NONE;
    }

    /** The time unit for nanosecond values between {@code minNs} and {@code maxNs}. */
    public static DisplayUnit time(double minNs, double maxNs) {
        return choose(TIMES, minNs, maxNs);
    }

    /** The byte unit for byte counts between {@code min} and {@code max}. */
    public static DisplayUnit bytes(double min, double max) {
        return choose(BYTES, min, max);
    }

    /** The largest unit not above the geometric middle of the range, so both ends read well. */
    private static DisplayUnit choose(DisplayUnit[] units, double min, double max) {
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return units[0];
        }
        double middle = Math.sqrt(min * max);
        DisplayUnit chosen = units[0];
        for (DisplayUnit unit : units) {
            if (unit.factor <= middle) {
                chosen = unit;
            }
        }
        return chosen;
    }

    /** A value in base units, in this unit. */
    public double scale(double value) {
        return value / factor;
    }

    /** An axis label with this unit, e.g. {@code time per call (µs)}. */
    public String label(String quantity) {
        return symbol.isEmpty() ? quantity : quantity + " (" + symbol + ")";
    }
}
